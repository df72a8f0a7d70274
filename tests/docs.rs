//! The committed completions/ and man/ match what the clap definitions generate now.

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
fn completions_and_man_pages_are_fresh() {
    let w = World::new("docs");
    let out = w.dir.path().join("gen");
    w.cmd()
        .args(["generate", "--out"])
        .arg(&out)
        .run()
        .expect(0);
    for sub in ["completions", "man"] {
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
