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

/// A command's own help: the part before the global options, which every command repeats.
fn own_help(args: &[&str]) -> String {
    let w = World::new("snap-help");
    let out = w.cmd().args(args).run().expect(0);
    out.stdout
        .split("Global options:")
        .next()
        .unwrap()
        .to_string()
}

#[test]
fn halt_help() {
    insta::assert_snapshot!(own_help(&["halt", "-h"]), @r#"
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
    insta::assert_snapshot!(
        stderr_of(&w, &["-X", "novalue", "topics", "list", "--brokers", "127.0.0.1:9"]),
        @"[exit 2] error: -X expects KEY=VALUE, got `novalue`"
    );
    insta::assert_snapshot!(stderr_of(&w, &["simulate", "--interval", "abc"]), @r"
    [exit 2] error: invalid value 'abc' for '--interval <DURATION>': `abc` is not a duration like 10s, 500ms or 2m: expected number at 0

    For more information, try '--help'.
    ");
    insta::assert_snapshot!(stderr_of(&w, &["run", "executor", "--eos", "maybe"]), @r"
    [exit 2] error: invalid value 'maybe' for '--eos <EOS>'
      [possible values: auto, transactions, idempotent]

    For more information, try '--help'.
    ");
}

#[test]
fn top_level_help() {
    insta::assert_snapshot!(own_help(&["-h"]), @r#"
    Operate a Kafka-based robot fleet: topics, keys, robots, signed commands, halts, anomalies

    Usage: fleetctl [OPTIONS] <COMMAND>

    Commands:
      config    Manage named contexts (brokers, security, topic prefix) in the config file
      topics    Plan, create, list and describe the fleet's topics against the catalog
      acls      Plan and apply least-privilege ACLs for each role's principal
      keygen    Generate an Ed25519 key pair for a signing role
      keys      Inspect the trusted signing keys
      simulate  Simulate robots: telemetry out, completed commands and halts in
      fleet     Look at the fleet
      dev       Local development helpers
      run       Run a long-running role: executor, retry, control center, safety monitor
      halt      Emergency halt of the whole fleet, a zone or robots; waits for every acknowledgement
      resume    Lift a halt of the same scope; robots resume from their preserved state
      demo      The whole fleet on an embedded broker: robots, deciders, executor, a staged safety halt
      canary    Canary rollout: failure rates of real and dry-run commands
      archive   The PostgreSQL archive: schema migrations (`run archiver` fills it)
      dlq       Inspect and replay the dead-letter queue of robot commands
      lag       Committed offset, log end and lag per partition of consumer groups
      doctor    Health checks for CI: brokers, topics against the catalog, lag, DLQ backlog, schemas
      schemas   The schemas of every record fleetctl writes: list, show, register, check compatibility
      top       Live full-screen dashboard: robots, rates, halts, alerts, DLQ, lag (needs a terminal)
      replay    Replay recorded data onto the fleet's topics
      consume   Read and display records from the fleet's topics
      alerts    List and work operator alerts
      ack       Acknowledge something that waits for an operator
      help      Print this message or the help of the given subcommand(s)

    Options:
      -h, --help     Print help (see more with '--help')
      -V, --version  Print version
    "#);
}

#[test]
fn archiver_help() {
    insta::assert_snapshot!(own_help(&["run", "archiver", "-h"]), @r#"
    Archive readings, anomalies, alerts, completions, halts and dead letters into PostgreSQL, exactly
    once (--postgres / DATABASE_URL)

    Usage: fleetctl run archiver [OPTIONS]

    Options:
          --group <GROUP>              Group the archiver's progress is shown under in `fleetctl lag`
                                       (default: the topic prefix followed by archiver); it resumes from
                                       the database's offsets, never from the group's
          --duration <DURATION>        Stop after this long (default: until Ctrl-C or SIGTERM)
          --metrics-addr <HOST:PORT>   Serve Prometheus metrics at http://HOST:PORT/metrics (the
                                       original design used port 8000) [env: FLEETCTL_METRICS_ADDR=]
          --downsample <DURATION>      Store one aggregate per robot and interval instead of every
                                       reading (for example 10s)
          --batch <N>                  Most records in one database transaction (fewer, larger
                                       transactions keep up with more) [default: 20000]
          --linger <DURATION>          Longest wait for a batch to fill once its first record arrived
                                       [default: 500ms]
          --exit-when-idle <DURATION>  Exit once no record came for this long
      -h, --help                       Print help (see more with '--help')
      -V, --version                    Print version
    "#);
}

#[test]
fn executor_help() {
    insta::assert_snapshot!(own_help(&["run", "executor", "-h"]), @r#"
    Verify and apply each command exactly once (the robot command consumer)

    Usage: fleetctl run executor [OPTIONS]

    Options:
          --group <GROUP>              Consumer group id (default: the role's own)
          --instance <ID>              Stable identity in the group: a member restarted with the same
                                       identity takes its partitions back at once (static membership);
                                       two running at once fence one another. The executor always has
                                       one: 0 unless given, also naming its transactional.id
          --duration <DURATION>        Stop after this long (default: until Ctrl-C or SIGTERM)
          --metrics-addr <HOST:PORT>   Serve Prometheus metrics at http://HOST:PORT/metrics (the
                                       original design used port 8000) [env: FLEETCTL_METRICS_ADDR=]
          --max-retries <N>            Retries after the first failed attempt before a command goes to
                                       the DLQ [env: MAX_RETRIES=] [default: 5]
          --eos <EOS>                  Exactly-once mode [default: auto] [possible values: auto,
                                       transactions, idempotent]
          --batch <N>                  Most records processed in one batch (one transaction), at most
                                       5000 [default: 5000]
          --chaos <P>                  Fraction of executions that fail on purpose (fault injection)
                                       [default: 0]
          --fail-attempts <N>          Fault injection: every command fails its first N attempts (to
                                       watch retries and the DLQ) [default: 0]
          --exit-when-idle <DURATION>  Exit once no command has arrived for this long (after the first
                                       one), like kcat -e
      -h, --help                       Print help (see more with '--help')
      -V, --version                    Print version
    "#);
}

#[test]
fn simulate_help() {
    insta::assert_snapshot!(own_help(&["simulate", "-h"]), @r#"
    Simulate robots: telemetry out, completed commands and halts in

    Usage: fleetctl simulate [OPTIONS]
           fleetctl simulate <COMMAND>

    Commands:
      robots  Simulated robots: telemetry out, completed commands and halts in
      help    Print this message or the help of the given subcommand(s)

    Options:
          --robots <N>                Number of robots [env: DEFAULT_NUM_ROBOTS=] [default: 1000]
          --interval <DURATION>       Seconds between two reports of one robot (before --speedup) [env:
                                      DEFAULT_TELEMETRY_INTERVAL=] [default: 1.0]
          --speedup <FACTOR>          Divide the interval (and simulated time) by this factor [env:
                                      SIMULATION_SPEEDUP=] [default: 1]
          --chaos <P>                 Probability per report of an injected fault (dropped report,
                                      sensor spike, malformed record, silence) [env:
                                      CHAOS_INJECTION_PROB=] [default: 0]
          --zones <N>                 Number of zones the robots are spread over [default: 4]
          --duration <DURATION>       Stop after this long (default: until Ctrl-C)
          --ignore-halts <ROBOT_ID>   Robot ids that ignore halts (fault injection for testing halt
                                      timeouts)
          --id-prefix <PREFIX>        Prefix of robot ids (robots are PREFIX-0001, PREFIX-0002, ...)
                                      [default: robot]
          --seed <N>                  Random seed, for reproducible runs
          --value-format <FORMAT>     How telemetry values are written: plain JSON, or framed with a
                                      schema id from the registry (--schema-registry); the schema is
                                      registered under the topic's subject if missing [default: json]
                                      [possible values: json, json-sr, avro-sr]
          --metrics-addr <HOST:PORT>  Serve Prometheus metrics at http://HOST:PORT/metrics (the original
                                      design used port 8000) [env: FLEETCTL_METRICS_ADDR=]
      -h, --help                      Print help (see more with '--help')
      -V, --version                   Print version
    "#);
}

#[test]
fn dlq_replay_help() {
    insta::assert_snapshot!(own_help(&["dlq", "replay", "-h"]), @r#"
    Re-publish dead-lettered commands to their original topic, resumably, with a loop guard

    Usage: fleetctl dlq replay [OPTIONS]

    Options:
          --since <WHEN>         Only entries dead-lettered at or after this time (a duration ago like
                                 10m, or RFC 3339)
          --until <WHEN>         Only entries dead-lettered at or before this time (a duration ago like
                                 10m, or RFC 3339)
          --error-class <CLASS>  Only entries with this error class, e.g. expired, malformed
                                 (repeatable)
          --robot <ROBOT>        Only entries for this robot (the record key or the decoded target;
                                 repeatable)
          --max <N>              At most this many selected entries
          --to <TOPIC>           Publish to this topic instead of each entry's original topic
          --dry-run              Show routing and a histogram; send and commit nothing
          --rate <N/s>           Send at most this many entries per second, e.g. 100/s (default: as fast
                                 as acknowledged)
      -y, --yes                  Do not ask for confirmation (required when stdin is not a terminal)
          --max-replays <N>      Skip entries already replayed this many times (loop guard) [default: 3]
          --group <GROUP>        Consumer group holding replay progress (default:
                                 {prefix}fleetctl-dlq-replay)
          --resign               Re-issue expired commands with the operator key and a new expiry,
                                 keeping their id
          --ttl <DURATION>       Validity of re-signed commands [default: 60s]
      -h, --help                 Print help (see more with '--help')
      -V, --version              Print version
    "#);
}

#[test]
fn doctor_help() {
    insta::assert_snapshot!(own_help(&["doctor", "-h"]), @r#"
    Health checks for CI: brokers, topics against the catalog, lag, DLQ backlog, schemas

    Usage: fleetctl doctor [OPTIONS]

    Options:
          --robots <N>                     Fleet size the per-robot topics are sized for [env:
                                           DEFAULT_NUM_ROBOTS=]
          --partitions-per-100-robots <N>  Partitions per 100 robots for per-robot topics (at least 3 in
                                           all) [env: PARTITIONS_PER_100_ROBOTS=]
          --max-lag <N>                    Largest tolerated lag of any partition of the fleet's
                                           consumer groups [default: 10000]
          --max-dlq <N>                    Largest tolerated DLQ backlog; without it any backlog is only
                                           a warning
      -h, --help                           Print help (see more with '--help')
      -V, --version                        Print version
    "#);
}

#[test]
fn control_center_help() {
    insta::assert_snapshot!(own_help(&["run", "control-center", "-h"]), @r#"
    Issue signed MOVE_TO / RETURN_TO_BASE / CHARGE commands from control telemetry

    Usage: fleetctl run control-center [OPTIONS]

    Options:
          --group <GROUP>               Consumer group id (default: the role's own)
          --instance <ID>               Stable identity in the group: a member restarted with the same
                                        identity takes its partitions back at once (static membership);
                                        two running at once fence one another. The executor always has
                                        one: 0 unless given, also naming its transactional.id
          --duration <DURATION>         Stop after this long (default: until Ctrl-C or SIGTERM)
          --metrics-addr <HOST:PORT>    Serve Prometheus metrics at http://HOST:PORT/metrics (the
                                        original design used port 8000) [env: FLEETCTL_METRICS_ADDR=]
          --canary <FRACTION>           Fraction of robots (stable by id) that get real commands; the
                                        rest get dry runs [env: CANARY_FRACTION=] [default: 0.1]
          --low-battery <PCT>           Battery percentage under which a robot is sent home [default:
                                        20]
          --command-timeout <SECONDS>   How long a command it signs stays valid, in seconds: past this
                                        (plus 30 s of clock skew) the executor dead-letters it as
                                        expired instead of executing it [default: 60] [env:
                                        COMMAND_TIMEOUT_SEC=]
          --cooldown <DURATION>         Minimum time between two commands to the same robot [default:
                                        5s]
          --abort-threshold <FRACTION>  Stop sending real commands once the canary's failure rate
                                        (failed and rejected over all outcomes, after at least 20)
                                        exceeds this; dry runs go on (default: never abort)
      -h, --help                        Print help (see more with '--help')
      -V, --version                     Print version
    "#);
}

/// The dashboard refuses a stdout that is not a terminal, before it needs a broker.
#[test]
fn top_needs_a_terminal() {
    let w = World::new("snap-top");
    insta::assert_snapshot!(stderr_of(&w, &["top"]), @r"
    [exit 2] error: fleetctl top draws a full-screen dashboard and needs a terminal, but stdout is not one; for data use `fleet status`, `lag`, `dlq inspect` or `alerts list` with --format json
    ");
    insta::assert_snapshot!(stderr_of(&w, &["demo", "--top"]), @r"
    [exit 2] error: fleetctl top draws a full-screen dashboard and needs a terminal, but stdout is not one; for data use `fleet status`, `lag`, `dlq inspect` or `alerts list` with --format json
    ");
}
