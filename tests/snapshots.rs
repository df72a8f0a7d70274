//! Snapshots (insta, inline) of help text and of the main error messages, with their exit
//! codes: what users read, changed only on purpose.

use crate::support::World;

/// stderr with the world's config directory written as `[CONFIG]`.
fn stderr_of(w: &World, args: &[&str]) -> String {
    let out = w.cmd().args(args).run();
    let dir = w.config_dir().display().to_string();
    format!(
        "[exit {}] {}",
        out.code,
        out.stderr.replace(&dir, "[CONFIG]")
    )
}

#[test]
fn halt_help() {
    let w = World::new("snap-help");
    let out = w.cmd().args(["halt", "-h"]).run().expect(0);
    // The global options list the environment's values; the command's own part is what matters.
    let own = out.stdout.split("Global options:").next().unwrap();
    insta::assert_snapshot!(own, @r#"
    Emergency halt of the whole fleet, a zone or robots; waits for every acknowledgement

    Usage: fleetctl halt [OPTIONS] <--all|fleet|--robot <ROBOT_ID>...|--zone <ZONE>>

    Arguments:
      [fleet]  `fleet`: the whole fleet, as the original command list spells it (same as --all)
               [possible values: fleet]

    Options:
          --all                     The whole fleet
          --robot <ROBOT_ID>...     These robots
          --zone <ZONE>             Every robot of a zone
          --timeout <DURATION>      How long to wait for every robot's acknowledgement [default: 10s]
      -y, --yes                     Do not ask for confirmation (required when stdin is not a terminal)
          --sign-as <SIGN_AS>       Key to sign with [default: operator] [possible values: operator,
                                    safety]
          --reason <TEXT>           Reason recorded with the halt [default: "operator halt"]
          --seen-within <DURATION>  Robots count as part of the fleet when they reported within this
                                    window [default: 30s]
      -h, --help                    Print help (see more with '--help')
      -V, --version                 Print version
    "#);
}

#[test]
fn main_error_messages() {
    let w = World::new("snap-errors");
    insta::assert_snapshot!(stderr_of(&w, &["fleet", "status"]), @"[exit 3] error: no Kafka brokers configured. Pass --brokers HOST:PORT, set KAFKA_BOOTSTRAP_SERVERS, or select a context (`fleetctl config set-context NAME --brokers HOST:PORT --use`, or --context NAME / FLEETCTL_CONTEXT). For a local broker run `fleetctl dev broker` and use --context local.");
    insta::assert_snapshot!(
        stderr_of(&w, &["run", "executor", "--batch", "0", "--brokers", "127.0.0.1:9"]),
        @"[exit 2] error: --batch must be between 1 and 5000"
    );
    insta::assert_snapshot!(
        stderr_of(&w, &["--context", "nope", "topics", "list"]),
        @"[exit 6] error: no context named `nope` in [CONFIG]/config.toml; `fleetctl config get-contexts` lists them"
    );
    insta::assert_snapshot!(
        stderr_of(&w, &["halt", "--all", "--brokers", "127.0.0.1:9"]),
        @"[exit 9] error: no operator signing key: set OPERATOR_PRIVATE_KEY_B64 or run `fleetctl keygen --role operator` (looked for [CONFIG]/keys/operator.key)"
    );
    insta::assert_snapshot!(
        stderr_of(&w, &["replay", "dataset", "/no/such/recording.csv"]),
        @"[exit 2] error: cannot read /no/such/recording.csv: No such file or directory (os error 2)"
    );
}
