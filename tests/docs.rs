//! Docs that must match the code: completions, man pages and docs/schemas, the README's configuration table, and
//! the import graph.

use crate::support::{repo_root, World};

fn files(dir: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn completions_man_pages_and_schemas_are_fresh() {
    let w = World::new("docs");
    let out = w.dir.path().join("gen");
    w.cmd()
        .args(["generate", "--out"])
        .arg(&out)
        .run()
        .expect(0);
    for sub in ["completions", "man", "docs/schemas"] {
        let fresh = files(&out.join(sub));
        let committed = files(&repo_root().join(sub));
        let names =
            |v: &Vec<(String, Vec<u8>)>| v.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
        assert_eq!(
            names(&fresh),
            names(&committed),
            "{sub}/ is stale: run scripts/gen-docs.sh"
        );
        for ((name, a), (_, b)) in fresh.iter().zip(committed.iter()) {
            assert!(a == b, "{sub}/{name} is stale: run scripts/gen-docs.sh");
        }
    }
    let man = std::fs::read_to_string(repo_root().join("man/fleetctl.1")).unwrap();
    assert!(
        man.contains("Exit status"),
        "the man page documents exit codes"
    );
}

#[test]
fn no_source_files_import_each_other() {
    let out = std::process::Command::new("python3")
        .arg(crate::support::repo_root().join("scripts/check-imports.py"))
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Every environment variable a flag reads, and every variable of the original design that
/// fleetctl does not honour, appears in the README's configuration table.
#[test]
fn readme_lists_every_environment_variable() {
    let root = env!("CARGO_MANIFEST_DIR");
    let readme = std::fs::read_to_string(format!("{root}/README.md")).unwrap();
    let table = &readme[readme
        .find("## Configuration")
        .expect("configuration section")..];
    let table = &table[..table.find("\n## ").unwrap_or(table.len())];
    let mut names: Vec<String> = fleetctl::design_env::UNSUPPORTED
        .iter()
        .map(|u| u.name.to_string())
        .collect();
    for (_, bytes) in files(std::path::Path::new(&format!("{root}/src/cli"))) {
        let text = String::from_utf8(bytes).unwrap();
        for part in text.split("env = \"").skip(1) {
            names.push(part[..part.find('"').unwrap()].to_string());
        }
    }
    assert!(names.len() > 20, "found only {names:?}");
    let missing: Vec<&String> = names
        .iter()
        .filter(|n| !table.contains(&format!("`{n}`")))
        .collect();
    assert!(missing.is_empty(), "not in the README's table: {missing:?}");
}

/// The README's ACL plan is the table in `src/acls/table.rs`. `FLEETCTL_UPDATE_README=1` rewrites
/// it in place instead of failing.
#[test]
fn readme_acl_plan_is_the_table() {
    let path = repo_root().join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let (begin, end) = ("<!-- acl-plan:begin -->\n", "<!-- acl-plan:end -->");
    let start = readme.find(begin).expect("acl-plan markers") + begin.len();
    let stop = readme.find(end).expect("acl-plan end marker");
    let fresh = fleetctl::acls::markdown();
    if readme[start..stop] == fresh {
        return;
    }
    if std::env::var_os("FLEETCTL_UPDATE_README").is_some() {
        let updated = format!("{}{fresh}{}", &readme[..start], &readme[stop..]);
        std::fs::write(&path, updated).unwrap();
        return;
    }
    panic!("README.md's ACL plan is stale: run FLEETCTL_UPDATE_README=1 cargo test --test main -- readme_acl_plan");
}
