# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_fleetctl_global_optspecs
    string join \n brokers= context= security-protocol= sasl-mechanism= sasl-username= sasl-password= tls-ca= tls-cert= tls-key= X= topic-prefix= broker-timeout= postgres= schema-registry= schema-registry-user= schema-registry-password= schema-registry-ca= format= color= q/quiet v/verbose log-format= config-dir= h/help V/version
end

function __fish_fleetctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_fleetctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_fleetctl_using_subcommand
    set -l cmd (__fish_fleetctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c fleetctl -n "__fish_fleetctl_needs_command" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_needs_command" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_needs_command" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_needs_command" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_needs_command" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_needs_command" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_needs_command" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_needs_command" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_needs_command" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_needs_command" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_needs_command" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_needs_command" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_needs_command" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_needs_command" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_needs_command" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_needs_command" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_needs_command" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_needs_command" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_needs_command" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_needs_command" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_needs_command" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_needs_command" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_needs_command" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_needs_command" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_needs_command" -f -a "config" -d 'Manage named contexts (brokers, security, topic prefix) in the config file'
complete -c fleetctl -n "__fish_fleetctl_needs_command" -f -a "topics" -d 'Plan, create, list and describe the fleet\'s topics against the catalog'
complete -c fleetctl -n "__fish_fleetctl_needs_command" -f -a "acls" -d 'Plan and apply least-privilege ACLs for each role\'s principal'
complete -c fleetctl -n "__fish_fleetctl_needs_command" -f -a "keygen" -d 'Generate an Ed25519 key pair for a signing role'
complete -c fleetctl -n "__fish_fleetctl_needs_command" -f -a "keys" -d 'Inspect the trusted signing keys'
complete -c fleetctl -n "__fish_fleetctl_needs_command" -f -a "simulate" -d 'Simulate robots: telemetry out, completed commands and halts in'
complete -c fleetctl -n "__fish_fleetctl_needs_command" -f -a "fleet" -d 'Look at the fleet'
complete -c fleetctl -n "__fish_fleetctl_needs_command" -f -a "dev" -d 'Local development helpers'
complete -c fleetctl -n "__fish_fleetctl_needs_command" -f -a "run" -d 'Run a long-running role: executor, retry, control center, safety monitor'
complete -c fleetctl -n "__fish_fleetctl_needs_command" -f -a "halt" -d 'Emergency halt of the whole fleet, a zone or robots; waits for every acknowledgement'
complete -c fleetctl -n "__fish_fleetctl_needs_command" -f -a "resume" -d 'Lift a halt of the same scope; robots resume from their preserved state'
complete -c fleetctl -n "__fish_fleetctl_needs_command" -f -a "demo" -d 'The whole fleet on an embedded broker: robots, deciders, executor, a staged safety halt'
complete -c fleetctl -n "__fish_fleetctl_needs_command" -f -a "canary" -d 'Canary rollout: failure rates of real and dry-run commands'
complete -c fleetctl -n "__fish_fleetctl_needs_command" -f -a "archive" -d 'The PostgreSQL archive: schema migrations (`run archiver` fills it)'
complete -c fleetctl -n "__fish_fleetctl_needs_command" -f -a "dlq" -d 'Inspect and replay the dead-letter queue of robot commands'
complete -c fleetctl -n "__fish_fleetctl_needs_command" -f -a "lag" -d 'Committed offset, log end and lag per partition of consumer groups'
complete -c fleetctl -n "__fish_fleetctl_needs_command" -f -a "doctor" -d 'Health checks for CI: brokers, topics against the catalog, lag, DLQ backlog, schemas'
complete -c fleetctl -n "__fish_fleetctl_needs_command" -f -a "schemas" -d 'The schemas of every record fleetctl writes: list, show, register, check compatibility'
complete -c fleetctl -n "__fish_fleetctl_needs_command" -f -a "top" -d 'Live full-screen dashboard: robots, rates, halts, alerts, DLQ, lag (needs a terminal)'
complete -c fleetctl -n "__fish_fleetctl_needs_command" -f -a "replay" -d 'Replay recorded data onto the fleet\'s topics'
complete -c fleetctl -n "__fish_fleetctl_needs_command" -f -a "consume" -d 'Read and display records from the fleet\'s topics'
complete -c fleetctl -n "__fish_fleetctl_needs_command" -f -a "alerts" -d 'List and work operator alerts'
complete -c fleetctl -n "__fish_fleetctl_needs_command" -f -a "ack" -d 'Acknowledge something that waits for an operator'
complete -c fleetctl -n "__fish_fleetctl_needs_command" -f -a "generate" -d 'Write shell completions and man pages (used to refresh completions/ and man/)'
complete -c fleetctl -n "__fish_fleetctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and not __fish_seen_subcommand_from set-context use-context get-contexts current-context view delete-context help" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and not __fish_seen_subcommand_from set-context use-context get-contexts current-context view delete-context help" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and not __fish_seen_subcommand_from set-context use-context get-contexts current-context view delete-context help" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and not __fish_seen_subcommand_from set-context use-context get-contexts current-context view delete-context help" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and not __fish_seen_subcommand_from set-context use-context get-contexts current-context view delete-context help" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and not __fish_seen_subcommand_from set-context use-context get-contexts current-context view delete-context help" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and not __fish_seen_subcommand_from set-context use-context get-contexts current-context view delete-context help" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and not __fish_seen_subcommand_from set-context use-context get-contexts current-context view delete-context help" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and not __fish_seen_subcommand_from set-context use-context get-contexts current-context view delete-context help" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and not __fish_seen_subcommand_from set-context use-context get-contexts current-context view delete-context help" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and not __fish_seen_subcommand_from set-context use-context get-contexts current-context view delete-context help" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and not __fish_seen_subcommand_from set-context use-context get-contexts current-context view delete-context help" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and not __fish_seen_subcommand_from set-context use-context get-contexts current-context view delete-context help" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and not __fish_seen_subcommand_from set-context use-context get-contexts current-context view delete-context help" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and not __fish_seen_subcommand_from set-context use-context get-contexts current-context view delete-context help" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and not __fish_seen_subcommand_from set-context use-context get-contexts current-context view delete-context help" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and not __fish_seen_subcommand_from set-context use-context get-contexts current-context view delete-context help" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and not __fish_seen_subcommand_from set-context use-context get-contexts current-context view delete-context help" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and not __fish_seen_subcommand_from set-context use-context get-contexts current-context view delete-context help" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and not __fish_seen_subcommand_from set-context use-context get-contexts current-context view delete-context help" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and not __fish_seen_subcommand_from set-context use-context get-contexts current-context view delete-context help" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and not __fish_seen_subcommand_from set-context use-context get-contexts current-context view delete-context help" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and not __fish_seen_subcommand_from set-context use-context get-contexts current-context view delete-context help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and not __fish_seen_subcommand_from set-context use-context get-contexts current-context view delete-context help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and not __fish_seen_subcommand_from set-context use-context get-contexts current-context view delete-context help" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and not __fish_seen_subcommand_from set-context use-context get-contexts current-context view delete-context help" -f -a "set-context" -d 'Create or update a named context'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and not __fish_seen_subcommand_from set-context use-context get-contexts current-context view delete-context help" -f -a "use-context" -d 'Make a context the current one'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and not __fish_seen_subcommand_from set-context use-context get-contexts current-context view delete-context help" -f -a "get-contexts" -d 'List the contexts'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and not __fish_seen_subcommand_from set-context use-context get-contexts current-context view delete-context help" -f -a "current-context" -d 'Print the name of the current context'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and not __fish_seen_subcommand_from set-context use-context get-contexts current-context view delete-context help" -f -a "view" -d 'Show the config file with secrets redacted'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and not __fish_seen_subcommand_from set-context use-context get-contexts current-context view delete-context help" -f -a "delete-context" -d 'Delete a context'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and not __fish_seen_subcommand_from set-context use-context get-contexts current-context view delete-context help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l replication-factor -d 'Replication factor of created topics' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l operator -d 'Operator id recorded on alert actions' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l principal -d 'Principal of a role in the ACL plan, as ROLE=PRINCIPAL (repeatable; `ROLE=` removes it); `fleetctl acls plan --help` lists the roles' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l use -d 'Also make this the current context'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from current-context" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from view" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from view" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from view" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from view" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from view" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from view" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from view" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from view" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from view" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from view" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from view" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from view" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from view" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from view" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from view" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from view" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from view" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from view" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from view" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from view" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from view" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from view" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from view" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from view" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from view" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set-context" -d 'Create or update a named context'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "use-context" -d 'Make a context the current one'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get-contexts" -d 'List the contexts'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "current-context" -d 'Print the name of the current context'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "view" -d 'Show the config file with secrets redacted'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "delete-context" -d 'Delete a context'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and not __fish_seen_subcommand_from create list describe help" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and not __fish_seen_subcommand_from create list describe help" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and not __fish_seen_subcommand_from create list describe help" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and not __fish_seen_subcommand_from create list describe help" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and not __fish_seen_subcommand_from create list describe help" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and not __fish_seen_subcommand_from create list describe help" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and not __fish_seen_subcommand_from create list describe help" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and not __fish_seen_subcommand_from create list describe help" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and not __fish_seen_subcommand_from create list describe help" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and not __fish_seen_subcommand_from create list describe help" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and not __fish_seen_subcommand_from create list describe help" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and not __fish_seen_subcommand_from create list describe help" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and not __fish_seen_subcommand_from create list describe help" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and not __fish_seen_subcommand_from create list describe help" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and not __fish_seen_subcommand_from create list describe help" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and not __fish_seen_subcommand_from create list describe help" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and not __fish_seen_subcommand_from create list describe help" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and not __fish_seen_subcommand_from create list describe help" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and not __fish_seen_subcommand_from create list describe help" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and not __fish_seen_subcommand_from create list describe help" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and not __fish_seen_subcommand_from create list describe help" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and not __fish_seen_subcommand_from create list describe help" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and not __fish_seen_subcommand_from create list describe help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and not __fish_seen_subcommand_from create list describe help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and not __fish_seen_subcommand_from create list describe help" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and not __fish_seen_subcommand_from create list describe help" -f -a "create" -d 'Create the catalog topics that are missing; report drift, never alter it'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and not __fish_seen_subcommand_from create list describe help" -f -a "list" -d 'List the catalog topics with their state on the cluster'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and not __fish_seen_subcommand_from create list describe help" -f -a "describe" -d 'Show partitions, replication and configs of catalog topics against the catalog'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and not __fish_seen_subcommand_from create list describe help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l robots -d 'Fleet size the per-robot topics are sized for' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l partitions-per-100-robots -d 'Partitions per 100 robots for per-robot topics (at least 3 in all)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from create" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the plan (create / unchanged / drift) without touching the cluster'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l robots -d 'Fleet size the per-robot topics are sized for' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l partitions-per-100-robots -d 'Partitions per 100 robots for per-robot topics (at least 3 in all)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from list" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l robots -d 'Fleet size the per-robot topics are sized for' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l partitions-per-100-robots -d 'Partitions per 100 robots for per-robot topics (at least 3 in all)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create the catalog topics that are missing; report drift, never alter it'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the catalog topics with their state on the cluster'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from help" -f -a "describe" -d 'Show partitions, replication and configs of catalog topics against the catalog'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand topics; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and not __fish_seen_subcommand_from plan apply help" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and not __fish_seen_subcommand_from plan apply help" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and not __fish_seen_subcommand_from plan apply help" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and not __fish_seen_subcommand_from plan apply help" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and not __fish_seen_subcommand_from plan apply help" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and not __fish_seen_subcommand_from plan apply help" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and not __fish_seen_subcommand_from plan apply help" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and not __fish_seen_subcommand_from plan apply help" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and not __fish_seen_subcommand_from plan apply help" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and not __fish_seen_subcommand_from plan apply help" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and not __fish_seen_subcommand_from plan apply help" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and not __fish_seen_subcommand_from plan apply help" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and not __fish_seen_subcommand_from plan apply help" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and not __fish_seen_subcommand_from plan apply help" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and not __fish_seen_subcommand_from plan apply help" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and not __fish_seen_subcommand_from plan apply help" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and not __fish_seen_subcommand_from plan apply help" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and not __fish_seen_subcommand_from plan apply help" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and not __fish_seen_subcommand_from plan apply help" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and not __fish_seen_subcommand_from plan apply help" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and not __fish_seen_subcommand_from plan apply help" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and not __fish_seen_subcommand_from plan apply help" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and not __fish_seen_subcommand_from plan apply help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and not __fish_seen_subcommand_from plan apply help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and not __fish_seen_subcommand_from plan apply help" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and not __fish_seen_subcommand_from plan apply help" -f -a "plan" -d 'Print the ACLs each assigned role\'s principal needs, and nothing more (no broker needed)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and not __fish_seen_subcommand_from plan apply help" -f -a "apply" -d 'Create the planned ACLs that are missing; report extra ones as drift, delete them only with --prune'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and not __fish_seen_subcommand_from plan apply help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from plan" -l principal -d 'A role and the principal that runs it, e.g. executor=User:exec (repeatable; over the context\'s acl-principals). Roles: robots, control-center, safety-monitor, executor, retry, detector, replay, operator, halt, ops, admin' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from plan" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from plan" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from plan" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from plan" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from plan" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from plan" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from plan" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from plan" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from plan" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from plan" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from plan" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from plan" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from plan" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from plan" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from plan" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from plan" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from plan" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from plan" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from plan" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from plan" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from plan" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from plan" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from plan" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from plan" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from plan" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from apply" -l principal -d 'A role and the principal that runs it, e.g. executor=User:exec (repeatable; over the context\'s acl-principals). Roles: robots, control-center, safety-monitor, executor, retry, detector, replay, operator, halt, ops, admin' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from apply" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from apply" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from apply" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from apply" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from apply" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from apply" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from apply" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from apply" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from apply" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from apply" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from apply" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from apply" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from apply" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from apply" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from apply" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from apply" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from apply" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from apply" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from apply" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from apply" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from apply" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from apply" -l dry-run -d 'Compare with the cluster and change nothing; exit 4 if any ACL is missing or extra'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from apply" -l prune -d 'Also delete the ACLs of the planned principals that no role needs'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from apply" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from apply" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from apply" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from help" -f -a "plan" -d 'Print the ACLs each assigned role\'s principal needs, and nothing more (no broker needed)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Create the planned ACLs that are missing; report extra ones as drift, delete them only with --prune'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand acls; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keygen" -l role -d 'Signing role the key is for' -r -f -a "control\t'The control center: routine fleet commands'
safety\t'The safety monitor: stops and halts'
operator\t'A human operator: halts, resumes, re-signed replays'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keygen" -l out -d 'Directory to write `<role>.key` and `<role>.pub` into (default: the keys/ config dir)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keygen" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keygen" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keygen" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keygen" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keygen" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keygen" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keygen" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keygen" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keygen" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keygen" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keygen" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keygen" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keygen" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keygen" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keygen" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keygen" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keygen" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keygen" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keygen" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keygen" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keygen" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keygen" -l force -d 'Overwrite an existing key file'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keygen" -l env -d 'Print the key as `ROLE_PRIVATE_KEY_B64=` / `ROLE_PUBLIC_KEY_B64=` lines instead of writing files'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keygen" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keygen" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keygen" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keygen" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and not __fish_seen_subcommand_from list help" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and not __fish_seen_subcommand_from list help" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and not __fish_seen_subcommand_from list help" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and not __fish_seen_subcommand_from list help" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and not __fish_seen_subcommand_from list help" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and not __fish_seen_subcommand_from list help" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and not __fish_seen_subcommand_from list help" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and not __fish_seen_subcommand_from list help" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and not __fish_seen_subcommand_from list help" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and not __fish_seen_subcommand_from list help" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and not __fish_seen_subcommand_from list help" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and not __fish_seen_subcommand_from list help" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and not __fish_seen_subcommand_from list help" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and not __fish_seen_subcommand_from list help" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and not __fish_seen_subcommand_from list help" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and not __fish_seen_subcommand_from list help" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and not __fish_seen_subcommand_from list help" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and not __fish_seen_subcommand_from list help" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and not __fish_seen_subcommand_from list help" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and not __fish_seen_subcommand_from list help" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and not __fish_seen_subcommand_from list help" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List the trusted public keys with their roles and key ids'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and __fish_seen_subcommand_from list" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and __fish_seen_subcommand_from list" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the trusted public keys with their roles and key ids'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and not __fish_seen_subcommand_from robots help" -l robots -d 'Number of robots' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and not __fish_seen_subcommand_from robots help" -l interval -d 'Seconds between two reports of one robot (before --speedup)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and not __fish_seen_subcommand_from robots help" -l speedup -d 'Divide the interval (and simulated time) by this factor' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and not __fish_seen_subcommand_from robots help" -l chaos -d 'Probability per report of an injected fault (dropped report, sensor spike, malformed record, silence)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and not __fish_seen_subcommand_from robots help" -l zones -d 'Number of zones the robots are spread over' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and not __fish_seen_subcommand_from robots help" -l duration -d 'Stop after this long (default: until Ctrl-C)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and not __fish_seen_subcommand_from robots help" -l ignore-halts -d 'Robot ids that ignore halts (fault injection for testing halt timeouts)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and not __fish_seen_subcommand_from robots help" -l id-prefix -d 'Prefix of robot ids (robots are PREFIX-0001, PREFIX-0002, ...)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and not __fish_seen_subcommand_from robots help" -l seed -d 'Random seed, for reproducible runs' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and not __fish_seen_subcommand_from robots help" -l value-format -d 'How telemetry values are written: plain JSON, or framed with a schema id from the registry (--schema-registry); the schema is registered under the topic\'s subject if missing' -r -f -a "json\t'Plain JSON, no registry'
json-sr\t'JSON in the Confluent wire format (magic byte, schema id, JSON)'
avro-sr\t'Avro in the Confluent wire format (magic byte, schema id, Avro)'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and not __fish_seen_subcommand_from robots help" -l metrics-addr -d 'Serve Prometheus metrics at http://HOST:PORT/metrics (the original design used port 8000)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and not __fish_seen_subcommand_from robots help" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and not __fish_seen_subcommand_from robots help" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and not __fish_seen_subcommand_from robots help" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and not __fish_seen_subcommand_from robots help" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and not __fish_seen_subcommand_from robots help" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and not __fish_seen_subcommand_from robots help" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and not __fish_seen_subcommand_from robots help" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and not __fish_seen_subcommand_from robots help" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and not __fish_seen_subcommand_from robots help" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and not __fish_seen_subcommand_from robots help" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and not __fish_seen_subcommand_from robots help" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and not __fish_seen_subcommand_from robots help" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and not __fish_seen_subcommand_from robots help" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and not __fish_seen_subcommand_from robots help" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and not __fish_seen_subcommand_from robots help" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and not __fish_seen_subcommand_from robots help" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and not __fish_seen_subcommand_from robots help" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and not __fish_seen_subcommand_from robots help" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and not __fish_seen_subcommand_from robots help" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and not __fish_seen_subcommand_from robots help" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and not __fish_seen_subcommand_from robots help" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and not __fish_seen_subcommand_from robots help" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and not __fish_seen_subcommand_from robots help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and not __fish_seen_subcommand_from robots help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and not __fish_seen_subcommand_from robots help" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and not __fish_seen_subcommand_from robots help" -f -a "robots" -d 'Simulated robots: telemetry out, completed commands and halts in'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and not __fish_seen_subcommand_from robots help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and __fish_seen_subcommand_from robots" -l robots -d 'Number of robots' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and __fish_seen_subcommand_from robots" -l interval -d 'Seconds between two reports of one robot (before --speedup)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and __fish_seen_subcommand_from robots" -l speedup -d 'Divide the interval (and simulated time) by this factor' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and __fish_seen_subcommand_from robots" -l chaos -d 'Probability per report of an injected fault (dropped report, sensor spike, malformed record, silence)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and __fish_seen_subcommand_from robots" -l zones -d 'Number of zones the robots are spread over' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and __fish_seen_subcommand_from robots" -l duration -d 'Stop after this long (default: until Ctrl-C)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and __fish_seen_subcommand_from robots" -l ignore-halts -d 'Robot ids that ignore halts (fault injection for testing halt timeouts)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and __fish_seen_subcommand_from robots" -l id-prefix -d 'Prefix of robot ids (robots are PREFIX-0001, PREFIX-0002, ...)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and __fish_seen_subcommand_from robots" -l seed -d 'Random seed, for reproducible runs' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and __fish_seen_subcommand_from robots" -l value-format -d 'How telemetry values are written: plain JSON, or framed with a schema id from the registry (--schema-registry); the schema is registered under the topic\'s subject if missing' -r -f -a "json\t'Plain JSON, no registry'
json-sr\t'JSON in the Confluent wire format (magic byte, schema id, JSON)'
avro-sr\t'Avro in the Confluent wire format (magic byte, schema id, Avro)'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and __fish_seen_subcommand_from robots" -l metrics-addr -d 'Serve Prometheus metrics at http://HOST:PORT/metrics (the original design used port 8000)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and __fish_seen_subcommand_from robots" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and __fish_seen_subcommand_from robots" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and __fish_seen_subcommand_from robots" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and __fish_seen_subcommand_from robots" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and __fish_seen_subcommand_from robots" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and __fish_seen_subcommand_from robots" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and __fish_seen_subcommand_from robots" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and __fish_seen_subcommand_from robots" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and __fish_seen_subcommand_from robots" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and __fish_seen_subcommand_from robots" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and __fish_seen_subcommand_from robots" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and __fish_seen_subcommand_from robots" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and __fish_seen_subcommand_from robots" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and __fish_seen_subcommand_from robots" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and __fish_seen_subcommand_from robots" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and __fish_seen_subcommand_from robots" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and __fish_seen_subcommand_from robots" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and __fish_seen_subcommand_from robots" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and __fish_seen_subcommand_from robots" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and __fish_seen_subcommand_from robots" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and __fish_seen_subcommand_from robots" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and __fish_seen_subcommand_from robots" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and __fish_seen_subcommand_from robots" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and __fish_seen_subcommand_from robots" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and __fish_seen_subcommand_from robots" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and __fish_seen_subcommand_from help" -f -a "robots" -d 'Simulated robots: telemetry out, completed commands and halts in'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand simulate; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and not __fish_seen_subcommand_from status history help" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and not __fish_seen_subcommand_from status history help" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and not __fish_seen_subcommand_from status history help" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and not __fish_seen_subcommand_from status history help" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and not __fish_seen_subcommand_from status history help" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and not __fish_seen_subcommand_from status history help" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and not __fish_seen_subcommand_from status history help" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and not __fish_seen_subcommand_from status history help" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and not __fish_seen_subcommand_from status history help" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and not __fish_seen_subcommand_from status history help" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and not __fish_seen_subcommand_from status history help" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and not __fish_seen_subcommand_from status history help" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and not __fish_seen_subcommand_from status history help" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and not __fish_seen_subcommand_from status history help" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and not __fish_seen_subcommand_from status history help" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and not __fish_seen_subcommand_from status history help" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and not __fish_seen_subcommand_from status history help" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and not __fish_seen_subcommand_from status history help" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and not __fish_seen_subcommand_from status history help" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and not __fish_seen_subcommand_from status history help" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and not __fish_seen_subcommand_from status history help" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and not __fish_seen_subcommand_from status history help" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and not __fish_seen_subcommand_from status history help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and not __fish_seen_subcommand_from status history help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and not __fish_seen_subcommand_from status history help" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and not __fish_seen_subcommand_from status history help" -f -a "status" -d 'Robots from robot-state, with counts per status'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and not __fish_seen_subcommand_from status history help" -f -a "history" -d 'One robot\'s readings over a past period, from the archive (needs --postgres)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and not __fish_seen_subcommand_from status history help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from status" -l status -d 'Only robots with this status' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from status" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from status" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from status" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from status" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from status" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from status" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from status" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from status" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from status" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from status" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from status" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from status" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from status" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from status" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from status" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from status" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from status" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from status" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from status" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from status" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from status" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from status" -l summary -d 'Only the counts per status'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from history" -l since -d 'How far back: an age like 1h, or an RFC 3339 time' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from history" -l limit -d 'Most readings shown (the latest ones)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from history" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from history" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from history" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from history" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from history" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from history" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from history" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from history" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from history" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from history" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from history" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from history" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from history" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from history" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from history" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from history" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from history" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from history" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from history" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from history" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from history" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from history" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from help" -f -a "status" -d 'Robots from robot-state, with counts per status'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from help" -f -a "history" -d 'One robot\'s readings over a past period, from the archive (needs --postgres)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand fleet; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and not __fish_seen_subcommand_from broker help" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and not __fish_seen_subcommand_from broker help" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and not __fish_seen_subcommand_from broker help" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and not __fish_seen_subcommand_from broker help" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and not __fish_seen_subcommand_from broker help" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and not __fish_seen_subcommand_from broker help" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and not __fish_seen_subcommand_from broker help" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and not __fish_seen_subcommand_from broker help" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and not __fish_seen_subcommand_from broker help" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and not __fish_seen_subcommand_from broker help" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and not __fish_seen_subcommand_from broker help" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and not __fish_seen_subcommand_from broker help" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and not __fish_seen_subcommand_from broker help" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and not __fish_seen_subcommand_from broker help" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and not __fish_seen_subcommand_from broker help" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and not __fish_seen_subcommand_from broker help" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and not __fish_seen_subcommand_from broker help" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and not __fish_seen_subcommand_from broker help" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and not __fish_seen_subcommand_from broker help" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and not __fish_seen_subcommand_from broker help" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and not __fish_seen_subcommand_from broker help" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and not __fish_seen_subcommand_from broker help" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and not __fish_seen_subcommand_from broker help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and not __fish_seen_subcommand_from broker help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and not __fish_seen_subcommand_from broker help" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and not __fish_seen_subcommand_from broker help" -f -a "broker" -d 'Run an embedded Kafka-compatible broker (librdkafka\'s mock cluster) until Ctrl-C'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and not __fish_seen_subcommand_from broker help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and __fish_seen_subcommand_from broker" -l context-name -d 'Name of the context written to the config file, pointing at this broker' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and __fish_seen_subcommand_from broker" -l robots -d 'Fleet size used to size the per-robot topics' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and __fish_seen_subcommand_from broker" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and __fish_seen_subcommand_from broker" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and __fish_seen_subcommand_from broker" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and __fish_seen_subcommand_from broker" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and __fish_seen_subcommand_from broker" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and __fish_seen_subcommand_from broker" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and __fish_seen_subcommand_from broker" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and __fish_seen_subcommand_from broker" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and __fish_seen_subcommand_from broker" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and __fish_seen_subcommand_from broker" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and __fish_seen_subcommand_from broker" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and __fish_seen_subcommand_from broker" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and __fish_seen_subcommand_from broker" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and __fish_seen_subcommand_from broker" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and __fish_seen_subcommand_from broker" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and __fish_seen_subcommand_from broker" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and __fish_seen_subcommand_from broker" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and __fish_seen_subcommand_from broker" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and __fish_seen_subcommand_from broker" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and __fish_seen_subcommand_from broker" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and __fish_seen_subcommand_from broker" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and __fish_seen_subcommand_from broker" -l no-context -d 'Do not write the context to the config file'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and __fish_seen_subcommand_from broker" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and __fish_seen_subcommand_from broker" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and __fish_seen_subcommand_from broker" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and __fish_seen_subcommand_from broker" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and __fish_seen_subcommand_from help" -f -a "broker" -d 'Run an embedded Kafka-compatible broker (librdkafka\'s mock cluster) until Ctrl-C'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dev; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from control-center safety-monitor executor retry anomaly-detector archiver help" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from control-center safety-monitor executor retry anomaly-detector archiver help" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from control-center safety-monitor executor retry anomaly-detector archiver help" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from control-center safety-monitor executor retry anomaly-detector archiver help" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from control-center safety-monitor executor retry anomaly-detector archiver help" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from control-center safety-monitor executor retry anomaly-detector archiver help" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from control-center safety-monitor executor retry anomaly-detector archiver help" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from control-center safety-monitor executor retry anomaly-detector archiver help" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from control-center safety-monitor executor retry anomaly-detector archiver help" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from control-center safety-monitor executor retry anomaly-detector archiver help" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from control-center safety-monitor executor retry anomaly-detector archiver help" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from control-center safety-monitor executor retry anomaly-detector archiver help" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from control-center safety-monitor executor retry anomaly-detector archiver help" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from control-center safety-monitor executor retry anomaly-detector archiver help" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from control-center safety-monitor executor retry anomaly-detector archiver help" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from control-center safety-monitor executor retry anomaly-detector archiver help" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from control-center safety-monitor executor retry anomaly-detector archiver help" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from control-center safety-monitor executor retry anomaly-detector archiver help" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from control-center safety-monitor executor retry anomaly-detector archiver help" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from control-center safety-monitor executor retry anomaly-detector archiver help" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from control-center safety-monitor executor retry anomaly-detector archiver help" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from control-center safety-monitor executor retry anomaly-detector archiver help" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from control-center safety-monitor executor retry anomaly-detector archiver help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from control-center safety-monitor executor retry anomaly-detector archiver help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from control-center safety-monitor executor retry anomaly-detector archiver help" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from control-center safety-monitor executor retry anomaly-detector archiver help" -f -a "control-center" -d 'Issue signed MOVE_TO / RETURN_TO_BASE / CHARGE commands from control telemetry'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from control-center safety-monitor executor retry anomaly-detector archiver help" -f -a "safety-monitor" -d 'Watch environment readings; stop robots and halt the fleet on critical readings'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from control-center safety-monitor executor retry anomaly-detector archiver help" -f -a "executor" -d 'Verify and apply each command exactly once (the robot command consumer)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from control-center safety-monitor executor retry anomaly-detector archiver help" -f -a "retry" -d 'Re-issue failed commands with backoff 1 s·2^n, at most MAX_RETRIES times'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from control-center safety-monitor executor retry anomaly-detector archiver help" -f -a "anomaly-detector" -d 'Run the anomaly detector: raw_telemetry in, anomalies out'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from control-center safety-monitor executor retry anomaly-detector archiver help" -f -a "archiver" -d 'Archive readings, anomalies, alerts, completions, halts and dead letters into PostgreSQL, exactly once (--postgres / DATABASE_URL)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from control-center safety-monitor executor retry anomaly-detector archiver help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from control-center" -l group -d 'Consumer group id (default: the role\'s own)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from control-center" -l instance -d 'Stable identity in the group: a member restarted with the same identity takes its partitions back at once (static membership); two running at once fence one another. The executor always has one: 0 unless given, also naming its transactional.id' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from control-center" -l duration -d 'Stop after this long (default: until Ctrl-C or SIGTERM)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from control-center" -l metrics-addr -d 'Serve Prometheus metrics at http://HOST:PORT/metrics (the original design used port 8000)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from control-center" -l canary -d 'Fraction of robots (stable by id) that get real commands; the rest get dry runs' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from control-center" -l low-battery -d 'Battery percentage under which a robot is sent home' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from control-center" -l command-timeout -d 'How long a command it signs stays valid, in seconds: past this (plus 30 s of clock skew) the executor dead-letters it as expired instead of executing it [default: 60]' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from control-center" -l cooldown -d 'Minimum time between two commands to the same robot' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from control-center" -l abort-threshold -d 'Stop sending real commands once the canary\'s failure rate (failed and rejected over all outcomes, after at least 20) exceeds this; dry runs go on (default: never abort)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from control-center" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from control-center" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from control-center" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from control-center" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from control-center" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from control-center" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from control-center" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from control-center" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from control-center" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from control-center" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from control-center" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from control-center" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from control-center" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from control-center" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from control-center" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from control-center" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from control-center" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from control-center" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from control-center" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from control-center" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from control-center" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from control-center" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from control-center" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from control-center" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from control-center" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from safety-monitor" -l group -d 'Consumer group id (default: the role\'s own)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from safety-monitor" -l instance -d 'Stable identity in the group: a member restarted with the same identity takes its partitions back at once (static membership); two running at once fence one another. The executor always has one: 0 unless given, also naming its transactional.id' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from safety-monitor" -l duration -d 'Stop after this long (default: until Ctrl-C or SIGTERM)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from safety-monitor" -l metrics-addr -d 'Serve Prometheus metrics at http://HOST:PORT/metrics (the original design used port 8000)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from safety-monitor" -l halt-fraction -d 'Fraction of the fleet with critical readings within --window that triggers a fleet halt' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from safety-monitor" -l command-timeout -d 'How long a command it signs stays valid, in seconds: past this (plus 30 s of clock skew) the executor dead-letters it as expired instead of executing it [default: 60]' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from safety-monitor" -l window -d 'Window over which critical robots are counted for a fleet halt' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from safety-monitor" -l threshold -d 'Threshold overrides, as RULE.LEVEL=VALUE (e.g. temperature.critical=95)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from safety-monitor" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from safety-monitor" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from safety-monitor" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from safety-monitor" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from safety-monitor" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from safety-monitor" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from safety-monitor" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from safety-monitor" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from safety-monitor" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from safety-monitor" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from safety-monitor" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from safety-monitor" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from safety-monitor" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from safety-monitor" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from safety-monitor" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from safety-monitor" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from safety-monitor" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from safety-monitor" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from safety-monitor" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from safety-monitor" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from safety-monitor" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from safety-monitor" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from safety-monitor" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from safety-monitor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from safety-monitor" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from executor" -l group -d 'Consumer group id (default: the role\'s own)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from executor" -l instance -d 'Stable identity in the group: a member restarted with the same identity takes its partitions back at once (static membership); two running at once fence one another. The executor always has one: 0 unless given, also naming its transactional.id' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from executor" -l duration -d 'Stop after this long (default: until Ctrl-C or SIGTERM)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from executor" -l metrics-addr -d 'Serve Prometheus metrics at http://HOST:PORT/metrics (the original design used port 8000)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from executor" -l max-retries -d 'Retries after the first failed attempt before a command goes to the DLQ' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from executor" -l eos -d 'Exactly-once mode' -r -f -a "auto\t'Transactions if the broker supports them, else idempotent'
transactions\t'Kafka transactions (fails if the broker refuses them)'
idempotent\t'Idempotent producer, dedup marks written with the effect, commit after acknowledgement'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from executor" -l batch -d 'Most records processed in one batch (one transaction), at most 5000' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from executor" -l chaos -d 'Fraction of executions that fail on purpose (fault injection)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from executor" -l fail-attempts -d 'Fault injection: every command fails its first N attempts (to watch retries and the DLQ)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from executor" -l exit-when-idle -d 'Exit once no command has arrived for this long (after the first one), like kcat -e' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from executor" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from executor" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from executor" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from executor" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from executor" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from executor" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from executor" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from executor" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from executor" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from executor" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from executor" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from executor" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from executor" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from executor" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from executor" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from executor" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from executor" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from executor" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from executor" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from executor" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from executor" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from executor" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from executor" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from executor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from executor" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from retry" -l group -d 'Consumer group id (default: the role\'s own)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from retry" -l instance -d 'Stable identity in the group: a member restarted with the same identity takes its partitions back at once (static membership); two running at once fence one another. The executor always has one: 0 unless given, also naming its transactional.id' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from retry" -l duration -d 'Stop after this long (default: until Ctrl-C or SIGTERM)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from retry" -l metrics-addr -d 'Serve Prometheus metrics at http://HOST:PORT/metrics (the original design used port 8000)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from retry" -l eos -d 'Exactly-once mode (as for the executor)' -r -f -a "auto\t'Transactions if the broker supports them, else idempotent'
transactions\t'Kafka transactions (fails if the broker refuses them)'
idempotent\t'Idempotent producer, dedup marks written with the effect, commit after acknowledgement'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from retry" -l exit-when-idle -d 'Exit once nothing has been pending for this long (after the first record)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from retry" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from retry" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from retry" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from retry" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from retry" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from retry" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from retry" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from retry" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from retry" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from retry" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from retry" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from retry" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from retry" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from retry" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from retry" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from retry" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from retry" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from retry" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from retry" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from retry" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from retry" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from retry" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from retry" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from retry" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from retry" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -l group -d 'Consumer group (default: the topic prefix followed by anomaly-service-group)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -l instance -d 'Stable identity in the group: a member restarted with the same identity takes its partitions back at once (static membership); two running at once fence one another' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -l decel-threshold -d 'sudden_deceleration: deceleration above this (m/s²)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -l speed-drop-threshold -d 'sudden_deceleration: speed drop above this (m/s) within --decel-window' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -l decel-window -d 'sudden_deceleration: the window of the speed drop' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -l label-swing-threshold -d 'perception_instability: label probability swing (max − min over 10 frames) above this' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -l jitter-threshold -d 'perception_instability: position off by more than this (m) from where velocity puts it' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -l jitter-frames -d 'perception_instability: this many jittery frames among the last 10' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -l idle-exit -d 'Stop (cleanly) after this long without a record, instead of running until Ctrl-C' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -l duration -d 'Stop after this long (default: until Ctrl-C or SIGTERM), like every long-running role' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -l metrics-addr -d 'Serve Prometheus metrics at http://HOST:PORT/metrics (the original design used port 8000)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from archiver" -l group -d 'Group the archiver\'s progress is shown under in `fleetctl lag` (default: the topic prefix followed by archiver); it resumes from the database\'s offsets, never from the group\'s' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from archiver" -l duration -d 'Stop after this long (default: until Ctrl-C or SIGTERM)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from archiver" -l metrics-addr -d 'Serve Prometheus metrics at http://HOST:PORT/metrics (the original design used port 8000)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from archiver" -l downsample -d 'Store one aggregate per robot and interval instead of every reading (for example 10s)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from archiver" -l batch -d 'Most records in one database transaction (fewer, larger transactions keep up with more)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from archiver" -l linger -d 'Longest wait for a batch to fill once its first record arrived' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from archiver" -l exit-when-idle -d 'Exit once no record came for this long' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from archiver" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from archiver" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from archiver" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from archiver" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from archiver" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from archiver" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from archiver" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from archiver" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from archiver" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from archiver" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from archiver" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from archiver" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from archiver" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from archiver" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from archiver" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from archiver" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from archiver" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from archiver" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from archiver" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from archiver" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from archiver" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from archiver" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from archiver" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from archiver" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from archiver" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from help" -f -a "control-center" -d 'Issue signed MOVE_TO / RETURN_TO_BASE / CHARGE commands from control telemetry'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from help" -f -a "safety-monitor" -d 'Watch environment readings; stop robots and halt the fleet on critical readings'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from help" -f -a "executor" -d 'Verify and apply each command exactly once (the robot command consumer)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from help" -f -a "retry" -d 'Re-issue failed commands with backoff 1 s·2^n, at most MAX_RETRIES times'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from help" -f -a "anomaly-detector" -d 'Run the anomaly detector: raw_telemetry in, anomalies out'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from help" -f -a "archiver" -d 'Archive readings, anomalies, alerts, completions, halts and dead letters into PostgreSQL, exactly once (--postgres / DATABASE_URL)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand halt" -l robot -d 'These robots' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand halt" -l zone -d 'Every robot of a zone' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand halt" -l timeout -d 'How long to wait for every robot\'s acknowledgement' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand halt" -l sign-as -d 'Key to sign with' -r -f -a "operator\t'The operator key'
safety\t'The safety key'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand halt" -l reason -d 'Reason recorded with the halt' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand halt" -l seen-within -d 'Robots count as part of the fleet when they reported within this window' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand halt" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand halt" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand halt" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand halt" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand halt" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand halt" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand halt" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand halt" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand halt" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand halt" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand halt" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand halt" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand halt" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand halt" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand halt" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand halt" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand halt" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand halt" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand halt" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand halt" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand halt" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand halt" -l all -d 'The whole fleet'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand halt" -s y -l yes -d 'Do not ask for confirmation (required when stdin is not a terminal)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand halt" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand halt" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand halt" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand halt" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand resume" -l robot -d 'These robots' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand resume" -l zone -d 'Every robot of a zone' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand resume" -l timeout -d 'How long to wait for every robot\'s acknowledgement' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand resume" -l sign-as -d 'Key to sign with' -r -f -a "operator\t'The operator key'
safety\t'The safety key'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand resume" -l reason -d 'Reason recorded with the halt' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand resume" -l seen-within -d 'Robots count as part of the fleet when they reported within this window' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand resume" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand resume" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand resume" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand resume" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand resume" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand resume" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand resume" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand resume" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand resume" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand resume" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand resume" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand resume" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand resume" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand resume" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand resume" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand resume" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand resume" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand resume" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand resume" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand resume" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand resume" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand resume" -l all -d 'The whole fleet'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand resume" -s y -l yes -d 'Do not ask for confirmation (required when stdin is not a terminal)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand resume" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand resume" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand resume" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand resume" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand demo" -l robots -d 'Number of robots' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand demo" -l duration -d 'How long the demo runs' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand demo" -l speedup -d 'Simulation speed-up' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand demo" -l chaos -d 'Fraction of executions that fail, so retries and the DLQ can be watched' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand demo" -l canary -d 'Fraction of robots (stable by id) that get real commands; the rest get dry runs' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand demo" -l metrics-addr -d 'Serve Prometheus metrics at http://HOST:PORT/metrics (the original design used port 8000)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand demo" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand demo" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand demo" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand demo" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand demo" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand demo" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand demo" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand demo" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand demo" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand demo" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand demo" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand demo" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand demo" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand demo" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand demo" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand demo" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand demo" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand demo" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand demo" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand demo" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand demo" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand demo" -l top -d 'Show the live dashboard (`fleetctl top`) while the demo runs; q ends the demo early'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand demo" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand demo" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand demo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand demo" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and not __fish_seen_subcommand_from status help" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and not __fish_seen_subcommand_from status help" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and not __fish_seen_subcommand_from status help" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and not __fish_seen_subcommand_from status help" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and not __fish_seen_subcommand_from status help" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and not __fish_seen_subcommand_from status help" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and not __fish_seen_subcommand_from status help" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and not __fish_seen_subcommand_from status help" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and not __fish_seen_subcommand_from status help" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and not __fish_seen_subcommand_from status help" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and not __fish_seen_subcommand_from status help" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and not __fish_seen_subcommand_from status help" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and not __fish_seen_subcommand_from status help" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and not __fish_seen_subcommand_from status help" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and not __fish_seen_subcommand_from status help" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and not __fish_seen_subcommand_from status help" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and not __fish_seen_subcommand_from status help" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and not __fish_seen_subcommand_from status help" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and not __fish_seen_subcommand_from status help" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and not __fish_seen_subcommand_from status help" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and not __fish_seen_subcommand_from status help" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and not __fish_seen_subcommand_from status help" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and not __fish_seen_subcommand_from status help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and not __fish_seen_subcommand_from status help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and not __fish_seen_subcommand_from status help" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and not __fish_seen_subcommand_from status help" -f -a "status" -d 'Failure rates of real (canary) and dry-run commands, from completions'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and not __fish_seen_subcommand_from status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and __fish_seen_subcommand_from status" -l since -d 'Only completions newer than this' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and __fish_seen_subcommand_from status" -l abort-threshold -d 'Failure rate of the canary above which it should be aborted (exit 8 when crossed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and __fish_seen_subcommand_from status" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and __fish_seen_subcommand_from status" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and __fish_seen_subcommand_from status" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and __fish_seen_subcommand_from status" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and __fish_seen_subcommand_from status" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and __fish_seen_subcommand_from status" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and __fish_seen_subcommand_from status" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and __fish_seen_subcommand_from status" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and __fish_seen_subcommand_from status" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and __fish_seen_subcommand_from status" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and __fish_seen_subcommand_from status" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and __fish_seen_subcommand_from status" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and __fish_seen_subcommand_from status" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and __fish_seen_subcommand_from status" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and __fish_seen_subcommand_from status" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and __fish_seen_subcommand_from status" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and __fish_seen_subcommand_from status" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and __fish_seen_subcommand_from status" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and __fish_seen_subcommand_from status" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and __fish_seen_subcommand_from status" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and __fish_seen_subcommand_from status" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and __fish_seen_subcommand_from help" -f -a "status" -d 'Failure rates of real (canary) and dry-run commands, from completions'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand canary; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and not __fish_seen_subcommand_from migrate help" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and not __fish_seen_subcommand_from migrate help" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and not __fish_seen_subcommand_from migrate help" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and not __fish_seen_subcommand_from migrate help" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and not __fish_seen_subcommand_from migrate help" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and not __fish_seen_subcommand_from migrate help" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and not __fish_seen_subcommand_from migrate help" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and not __fish_seen_subcommand_from migrate help" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and not __fish_seen_subcommand_from migrate help" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and not __fish_seen_subcommand_from migrate help" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and not __fish_seen_subcommand_from migrate help" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and not __fish_seen_subcommand_from migrate help" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and not __fish_seen_subcommand_from migrate help" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and not __fish_seen_subcommand_from migrate help" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and not __fish_seen_subcommand_from migrate help" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and not __fish_seen_subcommand_from migrate help" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and not __fish_seen_subcommand_from migrate help" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and not __fish_seen_subcommand_from migrate help" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and not __fish_seen_subcommand_from migrate help" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and not __fish_seen_subcommand_from migrate help" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and not __fish_seen_subcommand_from migrate help" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and not __fish_seen_subcommand_from migrate help" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and not __fish_seen_subcommand_from migrate help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and not __fish_seen_subcommand_from migrate help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and not __fish_seen_subcommand_from migrate help" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and not __fish_seen_subcommand_from migrate help" -f -a "migrate" -d 'Create or update the archive\'s tables (the archiver also does this when it starts)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and not __fish_seen_subcommand_from migrate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and __fish_seen_subcommand_from migrate" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and __fish_seen_subcommand_from migrate" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and __fish_seen_subcommand_from migrate" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and __fish_seen_subcommand_from migrate" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and __fish_seen_subcommand_from migrate" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and __fish_seen_subcommand_from migrate" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and __fish_seen_subcommand_from migrate" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and __fish_seen_subcommand_from migrate" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and __fish_seen_subcommand_from migrate" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and __fish_seen_subcommand_from migrate" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and __fish_seen_subcommand_from migrate" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and __fish_seen_subcommand_from migrate" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and __fish_seen_subcommand_from migrate" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and __fish_seen_subcommand_from migrate" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and __fish_seen_subcommand_from migrate" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and __fish_seen_subcommand_from migrate" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and __fish_seen_subcommand_from migrate" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and __fish_seen_subcommand_from migrate" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and __fish_seen_subcommand_from migrate" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and __fish_seen_subcommand_from migrate" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and __fish_seen_subcommand_from migrate" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and __fish_seen_subcommand_from migrate" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and __fish_seen_subcommand_from migrate" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Create or update the archive\'s tables (the archiver also does this when it starts)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand archive; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -f -a "inspect" -d 'Show dead-lettered commands with their decoded command and error (commits nothing)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -f -a "replay" -d 'Re-publish dead-lettered commands to their original topic, resumably, with a loop guard'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect replay help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l since -d 'Only entries dead-lettered at or after this time (a duration ago like 10m, or RFC 3339)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l until -d 'Only entries dead-lettered at or before this time (a duration ago like 10m, or RFC 3339)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l error-class -d 'Only entries with this error class, e.g. expired, malformed (repeatable)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l robot -d 'Only entries for this robot (the record key or the decoded target; repeatable)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l max -d 'At most this many selected entries' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l group-by -d 'Print a histogram instead of the entries' -r -f -a "reason\t'The error class of each entry'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l since -d 'Only entries dead-lettered at or after this time (a duration ago like 10m, or RFC 3339)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l until -d 'Only entries dead-lettered at or before this time (a duration ago like 10m, or RFC 3339)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l error-class -d 'Only entries with this error class, e.g. expired, malformed (repeatable)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l robot -d 'Only entries for this robot (the record key or the decoded target; repeatable)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l max -d 'At most this many selected entries' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l to -d 'Publish to this topic instead of each entry\'s original topic' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l rate -d 'Send at most this many entries per second, e.g. 100/s (default: as fast as acknowledged)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l max-replays -d 'Skip entries already replayed this many times (loop guard)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l group -d 'Consumer group holding replay progress (default: {prefix}fleetctl-dlq-replay)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l ttl -d 'Validity of re-signed commands' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l dry-run -d 'Show routing and a histogram; send and commit nothing'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -s y -l yes -d 'Do not ask for confirmation (required when stdin is not a terminal)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l resign -d 'Re-issue expired commands with the operator key and a new expiry, keeping their id'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Show dead-lettered commands with their decoded command and error (commits nothing)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from help" -f -a "replay" -d 'Re-publish dead-lettered commands to their original topic, resumably, with a loop guard'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand dlq; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand lag" -l group -d 'Consumer group (default: every group whose id starts with the topic prefix)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand lag" -l max-lag -d 'Exit with the threshold code when any partition\'s lag exceeds N' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand lag" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand lag" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand lag" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand lag" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand lag" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand lag" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand lag" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand lag" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand lag" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand lag" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand lag" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand lag" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand lag" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand lag" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand lag" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand lag" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand lag" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand lag" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand lag" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand lag" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand lag" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand lag" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand lag" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand lag" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand lag" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand doctor" -l robots -d 'Fleet size the per-robot topics are sized for' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand doctor" -l partitions-per-100-robots -d 'Partitions per 100 robots for per-robot topics (at least 3 in all)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand doctor" -l max-lag -d 'Largest tolerated lag of any partition of the fleet\'s consumer groups' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand doctor" -l max-dlq -d 'Largest tolerated DLQ backlog; without it any backlog is only a warning' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand doctor" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand doctor" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand doctor" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand doctor" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand doctor" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand doctor" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand doctor" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand doctor" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand doctor" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand doctor" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand doctor" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand doctor" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand doctor" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand doctor" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand doctor" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand doctor" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand doctor" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand doctor" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand doctor" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand doctor" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand doctor" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand doctor" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand doctor" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand doctor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and not __fish_seen_subcommand_from list show register check help" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and not __fish_seen_subcommand_from list show register check help" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and not __fish_seen_subcommand_from list show register check help" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and not __fish_seen_subcommand_from list show register check help" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and not __fish_seen_subcommand_from list show register check help" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and not __fish_seen_subcommand_from list show register check help" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and not __fish_seen_subcommand_from list show register check help" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and not __fish_seen_subcommand_from list show register check help" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and not __fish_seen_subcommand_from list show register check help" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and not __fish_seen_subcommand_from list show register check help" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and not __fish_seen_subcommand_from list show register check help" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and not __fish_seen_subcommand_from list show register check help" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and not __fish_seen_subcommand_from list show register check help" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and not __fish_seen_subcommand_from list show register check help" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and not __fish_seen_subcommand_from list show register check help" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and not __fish_seen_subcommand_from list show register check help" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and not __fish_seen_subcommand_from list show register check help" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and not __fish_seen_subcommand_from list show register check help" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and not __fish_seen_subcommand_from list show register check help" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and not __fish_seen_subcommand_from list show register check help" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and not __fish_seen_subcommand_from list show register check help" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and not __fish_seen_subcommand_from list show register check help" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and not __fish_seen_subcommand_from list show register check help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and not __fish_seen_subcommand_from list show register check help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and not __fish_seen_subcommand_from list show register check help" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and not __fish_seen_subcommand_from list show register check help" -f -a "list" -d 'List the schemas of every record fleetctl writes, with their subjects'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and not __fish_seen_subcommand_from list show register check help" -f -a "show" -d 'Print one topic\'s schema as the code defines it'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and not __fish_seen_subcommand_from list show register check help" -f -a "register" -d 'Register every schema under its subject with BACKWARD compatibility (idempotent)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and not __fish_seen_subcommand_from list show register check help" -f -a "check" -d 'Check the code\'s schemas for BACKWARD compatibility against the registry\'s latest versions and/or committed schema files; exits 4 on an incompatible change'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and not __fish_seen_subcommand_from list show register check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from list" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from list" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from list" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from list" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from list" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from list" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from list" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from list" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from list" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from list" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from list" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from list" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from list" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from list" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from list" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from list" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from list" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from list" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from list" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from list" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from show" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from show" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from show" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from show" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from show" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from show" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from show" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from show" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from show" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from show" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from show" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from show" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from show" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from show" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from show" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from show" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from show" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from show" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from show" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from show" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from show" -l avro -d 'The Avro schema instead of the JSON Schema'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from register" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from register" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from register" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from register" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from register" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from register" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from register" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from register" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from register" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from register" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from register" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from register" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from register" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from register" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from register" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from register" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from register" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from register" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from register" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from register" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from register" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from register" -l dry-run -d 'Print the plan (register / unchanged / incompatible) without touching the registry'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from register" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from register" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from register" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from register" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from check" -l against -d 'Also (or, without a registry, only) check against the schema files in DIR, as `scripts/gen-docs.sh` writes them to docs/schemas (offline, for CI)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from check" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from check" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from check" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from check" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from check" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from check" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from check" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from check" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from check" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from check" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from check" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from check" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from check" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from check" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from check" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from check" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from check" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from check" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from check" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from check" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from check" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from check" -l offline -d 'Do not ask the registry even if one is configured'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from check" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the schemas of every record fleetctl writes, with their subjects'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print one topic\'s schema as the code defines it'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from help" -f -a "register" -d 'Register every schema under its subject with BACKWARD compatibility (idempotent)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check the code\'s schemas for BACKWARD compatibility against the registry\'s latest versions and/or committed schema files; exits 4 on an incompatible change'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand schemas; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand top" -l refresh -d 'Time between two refreshes (rates are records per second over this window)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand top" -l zone -d 'Start with only this zone shown (z cycles through the zones)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand top" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand top" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand top" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand top" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand top" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand top" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand top" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand top" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand top" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand top" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand top" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand top" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand top" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand top" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand top" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand top" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand top" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand top" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand top" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand top" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand top" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand top" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand top" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand top" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand top" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and not __fish_seen_subcommand_from dataset help" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and not __fish_seen_subcommand_from dataset help" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and not __fish_seen_subcommand_from dataset help" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and not __fish_seen_subcommand_from dataset help" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and not __fish_seen_subcommand_from dataset help" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and not __fish_seen_subcommand_from dataset help" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and not __fish_seen_subcommand_from dataset help" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and not __fish_seen_subcommand_from dataset help" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and not __fish_seen_subcommand_from dataset help" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and not __fish_seen_subcommand_from dataset help" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and not __fish_seen_subcommand_from dataset help" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and not __fish_seen_subcommand_from dataset help" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and not __fish_seen_subcommand_from dataset help" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and not __fish_seen_subcommand_from dataset help" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and not __fish_seen_subcommand_from dataset help" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and not __fish_seen_subcommand_from dataset help" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and not __fish_seen_subcommand_from dataset help" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and not __fish_seen_subcommand_from dataset help" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and not __fish_seen_subcommand_from dataset help" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and not __fish_seen_subcommand_from dataset help" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and not __fish_seen_subcommand_from dataset help" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and not __fish_seen_subcommand_from dataset help" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and not __fish_seen_subcommand_from dataset help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and not __fish_seen_subcommand_from dataset help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and not __fish_seen_subcommand_from dataset help" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and not __fish_seen_subcommand_from dataset help" -f -a "dataset" -d 'Replay recorded trajectories (CSV or JSON Lines) onto raw_telemetry at their recorded pace'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and not __fish_seen_subcommand_from dataset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and __fish_seen_subcommand_from dataset" -l input-format -d 'File format (default: from the extension: .csv, .jsonl, .ndjson, .json)' -r -f -a "csv\t'Comma-separated values with a header line'
jsonl\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and __fish_seen_subcommand_from dataset" -l rate -d 'Replay rate: recorded event-time gaps are divided by it (0 = as fast as possible)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and __fish_seen_subcommand_from dataset" -l session-id -d 'Name of this run, written into every event (default: generated)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and __fish_seen_subcommand_from dataset" -l dedup-ttl -d 'How long an event id is remembered to drop duplicates before sending' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and __fish_seen_subcommand_from dataset" -l value-format -d 'How each event is written: plain JSON, or the Confluent wire format with the id of raw_telemetry\'s JSON Schema (json-sr) or Avro schema (avro-sr) in a schema registry (--schema-registry); the schema is registered under the topic\'s subject if missing' -r -f -a "json\t'Plain JSON, no registry'
json-sr\t'JSON in the Confluent wire format (magic byte, schema id, JSON)'
avro-sr\t'Avro in the Confluent wire format (magic byte, schema id, Avro)'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and __fish_seen_subcommand_from dataset" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and __fish_seen_subcommand_from dataset" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and __fish_seen_subcommand_from dataset" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and __fish_seen_subcommand_from dataset" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and __fish_seen_subcommand_from dataset" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and __fish_seen_subcommand_from dataset" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and __fish_seen_subcommand_from dataset" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and __fish_seen_subcommand_from dataset" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and __fish_seen_subcommand_from dataset" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and __fish_seen_subcommand_from dataset" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and __fish_seen_subcommand_from dataset" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and __fish_seen_subcommand_from dataset" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and __fish_seen_subcommand_from dataset" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and __fish_seen_subcommand_from dataset" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and __fish_seen_subcommand_from dataset" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and __fish_seen_subcommand_from dataset" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and __fish_seen_subcommand_from dataset" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and __fish_seen_subcommand_from dataset" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and __fish_seen_subcommand_from dataset" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and __fish_seen_subcommand_from dataset" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and __fish_seen_subcommand_from dataset" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and __fish_seen_subcommand_from dataset" -l loop -d 'Start again at the end, until Ctrl-C (event time keeps increasing)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and __fish_seen_subcommand_from dataset" -l strict -d 'Stop at the first bad row instead of reporting and skipping it'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and __fish_seen_subcommand_from dataset" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and __fish_seen_subcommand_from dataset" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and __fish_seen_subcommand_from dataset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and __fish_seen_subcommand_from dataset" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and __fish_seen_subcommand_from help" -f -a "dataset" -d 'Replay recorded trajectories (CSV or JSON Lines) onto raw_telemetry at their recorded pace'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand replay; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and not __fish_seen_subcommand_from anomalies help" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and not __fish_seen_subcommand_from anomalies help" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and not __fish_seen_subcommand_from anomalies help" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and not __fish_seen_subcommand_from anomalies help" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and not __fish_seen_subcommand_from anomalies help" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and not __fish_seen_subcommand_from anomalies help" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and not __fish_seen_subcommand_from anomalies help" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and not __fish_seen_subcommand_from anomalies help" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and not __fish_seen_subcommand_from anomalies help" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and not __fish_seen_subcommand_from anomalies help" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and not __fish_seen_subcommand_from anomalies help" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and not __fish_seen_subcommand_from anomalies help" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and not __fish_seen_subcommand_from anomalies help" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and not __fish_seen_subcommand_from anomalies help" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and not __fish_seen_subcommand_from anomalies help" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and not __fish_seen_subcommand_from anomalies help" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and not __fish_seen_subcommand_from anomalies help" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and not __fish_seen_subcommand_from anomalies help" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and not __fish_seen_subcommand_from anomalies help" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and not __fish_seen_subcommand_from anomalies help" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and not __fish_seen_subcommand_from anomalies help" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and not __fish_seen_subcommand_from anomalies help" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and not __fish_seen_subcommand_from anomalies help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and not __fish_seen_subcommand_from anomalies help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and not __fish_seen_subcommand_from anomalies help" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and not __fish_seen_subcommand_from anomalies help" -f -a "anomalies" -d 'Show anomalies as they arrive and open one OPEN alert per new anomaly'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and not __fish_seen_subcommand_from anomalies help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -l duration -d 'Stop after this long (default: until Ctrl-C or SIGTERM), like every long-running role' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -l group -d 'Consumer group (default: the topic prefix followed by operator-service-group)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -l since -d 'Start at this age (10m, 2h) or time (RFC 3339)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -l max -d 'Stop after showing N anomalies' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -l severity -d 'Show only this severity (repeatable)' -r -f -a "INFO\t'Worth knowing'
WARNING\t'Needs a look'
CRITICAL\t'Needs action now'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -l type -d 'Show only this anomaly type (repeatable)' -r -f -a "sudden_deceleration\t'Hard braking (detector)'
perception_instability\t'Label flicker or jumpy positions (detector)'
temperature\t'Robot temperature over its threshold (safety monitor)'
vibration\t'Robot vibration over its threshold (safety monitor)'
vibration_trend\t'Robot vibration high and rising over a window (safety monitor)'
tilt\t'Robot tilt over its threshold (safety monitor)'
radiation\t'Radiation over its threshold (safety monitor)'
obstacle_distance\t'Obstacle closer than its threshold (safety monitor)'
energy_pattern\t'Power draw outside the band of the robot\'s status (safety monitor)'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -l vehicle -d 'Show only this vehicle (repeatable)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -l from-beginning -d 'Start at the beginning of the topic instead of the group\'s committed position'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -l exit-at-end -d 'Stop at the end of the topic (as it was at the start)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -l no-alerts -d 'Only watch: open no alerts'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from help" -f -a "anomalies" -d 'Show anomalies as they arrive and open one OPEN alert per new anomaly'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and not __fish_seen_subcommand_from list resolve dismiss intervene history help" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and not __fish_seen_subcommand_from list resolve dismiss intervene history help" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and not __fish_seen_subcommand_from list resolve dismiss intervene history help" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and not __fish_seen_subcommand_from list resolve dismiss intervene history help" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and not __fish_seen_subcommand_from list resolve dismiss intervene history help" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and not __fish_seen_subcommand_from list resolve dismiss intervene history help" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and not __fish_seen_subcommand_from list resolve dismiss intervene history help" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and not __fish_seen_subcommand_from list resolve dismiss intervene history help" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and not __fish_seen_subcommand_from list resolve dismiss intervene history help" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and not __fish_seen_subcommand_from list resolve dismiss intervene history help" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and not __fish_seen_subcommand_from list resolve dismiss intervene history help" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and not __fish_seen_subcommand_from list resolve dismiss intervene history help" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and not __fish_seen_subcommand_from list resolve dismiss intervene history help" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and not __fish_seen_subcommand_from list resolve dismiss intervene history help" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and not __fish_seen_subcommand_from list resolve dismiss intervene history help" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and not __fish_seen_subcommand_from list resolve dismiss intervene history help" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and not __fish_seen_subcommand_from list resolve dismiss intervene history help" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and not __fish_seen_subcommand_from list resolve dismiss intervene history help" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and not __fish_seen_subcommand_from list resolve dismiss intervene history help" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and not __fish_seen_subcommand_from list resolve dismiss intervene history help" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and not __fish_seen_subcommand_from list resolve dismiss intervene history help" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and not __fish_seen_subcommand_from list resolve dismiss intervene history help" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and not __fish_seen_subcommand_from list resolve dismiss intervene history help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and not __fish_seen_subcommand_from list resolve dismiss intervene history help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and not __fish_seen_subcommand_from list resolve dismiss intervene history help" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and not __fish_seen_subcommand_from list resolve dismiss intervene history help" -f -a "list" -d 'Show the current state of each alert'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and not __fish_seen_subcommand_from list resolve dismiss intervene history help" -f -a "resolve" -d 'Resolve an acknowledged alert'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and not __fish_seen_subcommand_from list resolve dismiss intervene history help" -f -a "dismiss" -d 'Dismiss an alert as not a real problem'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and not __fish_seen_subcommand_from list resolve dismiss intervene history help" -f -a "intervene" -d 'Record an intervention on the vehicle (acknowledges the alert)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and not __fish_seen_subcommand_from list resolve dismiss intervene history help" -f -a "history" -d 'Show who did what to alerts, and when (from the archive when a database is configured)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and not __fish_seen_subcommand_from list resolve dismiss intervene history help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from list" -l status -d 'Show only alerts in this state (repeatable)' -r -f -a "OPEN\t'Nobody has taken it'
ACKNOWLEDGED\t'An operator has taken it'
RESOLVED\t'Handled'
DISMISSED\t'Not a real problem'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from list" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from list" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from list" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from list" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from list" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from list" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from list" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from list" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from list" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from list" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from list" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from list" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from list" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from list" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from list" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from list" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from list" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from list" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from list" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from list" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from resolve" -l operator -d 'Operator id (default: FLEETCTL_OPERATOR, then the context\'s operator)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from resolve" -l comment -d 'A comment stored with the action' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from resolve" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from resolve" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from resolve" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from resolve" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from resolve" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from resolve" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from resolve" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from resolve" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from resolve" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from resolve" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from resolve" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from resolve" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from resolve" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from resolve" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from resolve" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from resolve" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from resolve" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from resolve" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from resolve" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from resolve" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from resolve" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from resolve" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from resolve" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from resolve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from resolve" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from dismiss" -l operator -d 'Operator id (default: FLEETCTL_OPERATOR, then the context\'s operator)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from dismiss" -l comment -d 'A comment stored with the action' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from dismiss" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from dismiss" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from dismiss" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from dismiss" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from dismiss" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from dismiss" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from dismiss" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from dismiss" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from dismiss" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from dismiss" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from dismiss" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from dismiss" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from dismiss" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from dismiss" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from dismiss" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from dismiss" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from dismiss" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from dismiss" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from dismiss" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from dismiss" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from dismiss" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from dismiss" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from dismiss" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from dismiss" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from dismiss" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from intervene" -l operator -d 'Operator id (default: FLEETCTL_OPERATOR, then the context\'s operator)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from intervene" -l comment -d 'A comment stored with the action' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from intervene" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from intervene" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from intervene" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from intervene" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from intervene" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from intervene" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from intervene" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from intervene" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from intervene" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from intervene" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from intervene" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from intervene" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from intervene" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from intervene" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from intervene" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from intervene" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from intervene" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from intervene" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from intervene" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from intervene" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from intervene" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from intervene" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from intervene" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from intervene" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from intervene" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from history" -l since -d 'Only what happened since: an age like 30d, or an RFC 3339 time' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from history" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from history" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from history" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from history" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from history" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from history" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from history" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from history" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from history" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from history" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from history" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from history" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from history" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from history" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from history" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from history" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from history" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from history" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from history" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from history" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from history" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from history" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from help" -f -a "list" -d 'Show the current state of each alert'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from help" -f -a "resolve" -d 'Resolve an acknowledged alert'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from help" -f -a "dismiss" -d 'Dismiss an alert as not a real problem'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from help" -f -a "intervene" -d 'Record an intervention on the vehicle (acknowledges the alert)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from help" -f -a "history" -d 'Show who did what to alerts, and when (from the archive when a database is configured)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and not __fish_seen_subcommand_from alert help" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and not __fish_seen_subcommand_from alert help" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and not __fish_seen_subcommand_from alert help" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and not __fish_seen_subcommand_from alert help" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and not __fish_seen_subcommand_from alert help" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and not __fish_seen_subcommand_from alert help" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and not __fish_seen_subcommand_from alert help" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and not __fish_seen_subcommand_from alert help" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and not __fish_seen_subcommand_from alert help" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and not __fish_seen_subcommand_from alert help" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and not __fish_seen_subcommand_from alert help" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and not __fish_seen_subcommand_from alert help" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and not __fish_seen_subcommand_from alert help" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and not __fish_seen_subcommand_from alert help" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and not __fish_seen_subcommand_from alert help" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and not __fish_seen_subcommand_from alert help" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and not __fish_seen_subcommand_from alert help" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and not __fish_seen_subcommand_from alert help" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and not __fish_seen_subcommand_from alert help" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and not __fish_seen_subcommand_from alert help" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and not __fish_seen_subcommand_from alert help" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and not __fish_seen_subcommand_from alert help" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and not __fish_seen_subcommand_from alert help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and not __fish_seen_subcommand_from alert help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and not __fish_seen_subcommand_from alert help" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and not __fish_seen_subcommand_from alert help" -f -a "alert" -d 'Acknowledge an alert (a no-op on an acknowledged one)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and not __fish_seen_subcommand_from alert help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and __fish_seen_subcommand_from alert" -l operator -d 'Operator id (default: FLEETCTL_OPERATOR, then the context\'s operator)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and __fish_seen_subcommand_from alert" -l comment -d 'A comment stored with the action' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and __fish_seen_subcommand_from alert" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and __fish_seen_subcommand_from alert" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and __fish_seen_subcommand_from alert" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and __fish_seen_subcommand_from alert" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and __fish_seen_subcommand_from alert" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and __fish_seen_subcommand_from alert" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and __fish_seen_subcommand_from alert" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and __fish_seen_subcommand_from alert" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and __fish_seen_subcommand_from alert" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and __fish_seen_subcommand_from alert" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and __fish_seen_subcommand_from alert" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and __fish_seen_subcommand_from alert" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and __fish_seen_subcommand_from alert" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and __fish_seen_subcommand_from alert" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and __fish_seen_subcommand_from alert" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and __fish_seen_subcommand_from alert" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and __fish_seen_subcommand_from alert" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and __fish_seen_subcommand_from alert" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and __fish_seen_subcommand_from alert" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and __fish_seen_subcommand_from alert" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and __fish_seen_subcommand_from alert" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and __fish_seen_subcommand_from alert" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and __fish_seen_subcommand_from alert" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and __fish_seen_subcommand_from alert" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and __fish_seen_subcommand_from alert" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and __fish_seen_subcommand_from help" -f -a "alert" -d 'Acknowledge an alert (a no-op on an acknowledged one)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand ack; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand generate" -l out -d 'Directory under which completions/ and man/ are written' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand generate" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand generate" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand generate" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand generate" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand generate" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand generate" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand generate" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand generate" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand generate" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand generate" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand generate" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand generate" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand generate" -l postgres -d 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand generate" -l schema-registry -d 'Schema registry URL (Confluent REST API; Apicurio\'s is under /apis/ccompat/v7)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand generate" -l schema-registry-user -d 'Schema registry basic-auth user' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand generate" -l schema-registry-password -d 'Schema registry basic-auth password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand generate" -l schema-registry-ca -d 'Path of the CA certificate used to verify the schema registry\'s TLS certificate' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand generate" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand generate" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand generate" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand generate" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand generate" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand generate" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand generate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand generate" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and not __fish_seen_subcommand_from config topics acls keygen keys simulate fleet dev run halt resume demo canary archive dlq lag doctor schemas top replay consume alerts ack generate help" -f -a "config" -d 'Manage named contexts (brokers, security, topic prefix) in the config file'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and not __fish_seen_subcommand_from config topics acls keygen keys simulate fleet dev run halt resume demo canary archive dlq lag doctor schemas top replay consume alerts ack generate help" -f -a "topics" -d 'Plan, create, list and describe the fleet\'s topics against the catalog'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and not __fish_seen_subcommand_from config topics acls keygen keys simulate fleet dev run halt resume demo canary archive dlq lag doctor schemas top replay consume alerts ack generate help" -f -a "acls" -d 'Plan and apply least-privilege ACLs for each role\'s principal'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and not __fish_seen_subcommand_from config topics acls keygen keys simulate fleet dev run halt resume demo canary archive dlq lag doctor schemas top replay consume alerts ack generate help" -f -a "keygen" -d 'Generate an Ed25519 key pair for a signing role'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and not __fish_seen_subcommand_from config topics acls keygen keys simulate fleet dev run halt resume demo canary archive dlq lag doctor schemas top replay consume alerts ack generate help" -f -a "keys" -d 'Inspect the trusted signing keys'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and not __fish_seen_subcommand_from config topics acls keygen keys simulate fleet dev run halt resume demo canary archive dlq lag doctor schemas top replay consume alerts ack generate help" -f -a "simulate" -d 'Simulate robots: telemetry out, completed commands and halts in'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and not __fish_seen_subcommand_from config topics acls keygen keys simulate fleet dev run halt resume demo canary archive dlq lag doctor schemas top replay consume alerts ack generate help" -f -a "fleet" -d 'Look at the fleet'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and not __fish_seen_subcommand_from config topics acls keygen keys simulate fleet dev run halt resume demo canary archive dlq lag doctor schemas top replay consume alerts ack generate help" -f -a "dev" -d 'Local development helpers'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and not __fish_seen_subcommand_from config topics acls keygen keys simulate fleet dev run halt resume demo canary archive dlq lag doctor schemas top replay consume alerts ack generate help" -f -a "run" -d 'Run a long-running role: executor, retry, control center, safety monitor'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and not __fish_seen_subcommand_from config topics acls keygen keys simulate fleet dev run halt resume demo canary archive dlq lag doctor schemas top replay consume alerts ack generate help" -f -a "halt" -d 'Emergency halt of the whole fleet, a zone or robots; waits for every acknowledgement'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and not __fish_seen_subcommand_from config topics acls keygen keys simulate fleet dev run halt resume demo canary archive dlq lag doctor schemas top replay consume alerts ack generate help" -f -a "resume" -d 'Lift a halt of the same scope; robots resume from their preserved state'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and not __fish_seen_subcommand_from config topics acls keygen keys simulate fleet dev run halt resume demo canary archive dlq lag doctor schemas top replay consume alerts ack generate help" -f -a "demo" -d 'The whole fleet on an embedded broker: robots, deciders, executor, a staged safety halt'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and not __fish_seen_subcommand_from config topics acls keygen keys simulate fleet dev run halt resume demo canary archive dlq lag doctor schemas top replay consume alerts ack generate help" -f -a "canary" -d 'Canary rollout: failure rates of real and dry-run commands'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and not __fish_seen_subcommand_from config topics acls keygen keys simulate fleet dev run halt resume demo canary archive dlq lag doctor schemas top replay consume alerts ack generate help" -f -a "archive" -d 'The PostgreSQL archive: schema migrations (`run archiver` fills it)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and not __fish_seen_subcommand_from config topics acls keygen keys simulate fleet dev run halt resume demo canary archive dlq lag doctor schemas top replay consume alerts ack generate help" -f -a "dlq" -d 'Inspect and replay the dead-letter queue of robot commands'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and not __fish_seen_subcommand_from config topics acls keygen keys simulate fleet dev run halt resume demo canary archive dlq lag doctor schemas top replay consume alerts ack generate help" -f -a "lag" -d 'Committed offset, log end and lag per partition of consumer groups'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and not __fish_seen_subcommand_from config topics acls keygen keys simulate fleet dev run halt resume demo canary archive dlq lag doctor schemas top replay consume alerts ack generate help" -f -a "doctor" -d 'Health checks for CI: brokers, topics against the catalog, lag, DLQ backlog, schemas'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and not __fish_seen_subcommand_from config topics acls keygen keys simulate fleet dev run halt resume demo canary archive dlq lag doctor schemas top replay consume alerts ack generate help" -f -a "schemas" -d 'The schemas of every record fleetctl writes: list, show, register, check compatibility'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and not __fish_seen_subcommand_from config topics acls keygen keys simulate fleet dev run halt resume demo canary archive dlq lag doctor schemas top replay consume alerts ack generate help" -f -a "top" -d 'Live full-screen dashboard: robots, rates, halts, alerts, DLQ, lag (needs a terminal)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and not __fish_seen_subcommand_from config topics acls keygen keys simulate fleet dev run halt resume demo canary archive dlq lag doctor schemas top replay consume alerts ack generate help" -f -a "replay" -d 'Replay recorded data onto the fleet\'s topics'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and not __fish_seen_subcommand_from config topics acls keygen keys simulate fleet dev run halt resume demo canary archive dlq lag doctor schemas top replay consume alerts ack generate help" -f -a "consume" -d 'Read and display records from the fleet\'s topics'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and not __fish_seen_subcommand_from config topics acls keygen keys simulate fleet dev run halt resume demo canary archive dlq lag doctor schemas top replay consume alerts ack generate help" -f -a "alerts" -d 'List and work operator alerts'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and not __fish_seen_subcommand_from config topics acls keygen keys simulate fleet dev run halt resume demo canary archive dlq lag doctor schemas top replay consume alerts ack generate help" -f -a "ack" -d 'Acknowledge something that waits for an operator'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and not __fish_seen_subcommand_from config topics acls keygen keys simulate fleet dev run halt resume demo canary archive dlq lag doctor schemas top replay consume alerts ack generate help" -f -a "generate" -d 'Write shell completions and man pages (used to refresh completions/ and man/)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and not __fish_seen_subcommand_from config topics acls keygen keys simulate fleet dev run halt resume demo canary archive dlq lag doctor schemas top replay consume alerts ack generate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set-context" -d 'Create or update a named context'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "use-context" -d 'Make a context the current one'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get-contexts" -d 'List the contexts'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "current-context" -d 'Print the name of the current context'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "view" -d 'Show the config file with secrets redacted'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "delete-context" -d 'Delete a context'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from topics" -f -a "create" -d 'Create the catalog topics that are missing; report drift, never alter it'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from topics" -f -a "list" -d 'List the catalog topics with their state on the cluster'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from topics" -f -a "describe" -d 'Show partitions, replication and configs of catalog topics against the catalog'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from acls" -f -a "plan" -d 'Print the ACLs each assigned role\'s principal needs, and nothing more (no broker needed)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from acls" -f -a "apply" -d 'Create the planned ACLs that are missing; report extra ones as drift, delete them only with --prune'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "list" -d 'List the trusted public keys with their roles and key ids'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from simulate" -f -a "robots" -d 'Simulated robots: telemetry out, completed commands and halts in'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from fleet" -f -a "status" -d 'Robots from robot-state, with counts per status'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from fleet" -f -a "history" -d 'One robot\'s readings over a past period, from the archive (needs --postgres)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from dev" -f -a "broker" -d 'Run an embedded Kafka-compatible broker (librdkafka\'s mock cluster) until Ctrl-C'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from run" -f -a "control-center" -d 'Issue signed MOVE_TO / RETURN_TO_BASE / CHARGE commands from control telemetry'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from run" -f -a "safety-monitor" -d 'Watch environment readings; stop robots and halt the fleet on critical readings'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from run" -f -a "executor" -d 'Verify and apply each command exactly once (the robot command consumer)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from run" -f -a "retry" -d 'Re-issue failed commands with backoff 1 s·2^n, at most MAX_RETRIES times'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from run" -f -a "anomaly-detector" -d 'Run the anomaly detector: raw_telemetry in, anomalies out'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from run" -f -a "archiver" -d 'Archive readings, anomalies, alerts, completions, halts and dead letters into PostgreSQL, exactly once (--postgres / DATABASE_URL)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from canary" -f -a "status" -d 'Failure rates of real (canary) and dry-run commands, from completions'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from archive" -f -a "migrate" -d 'Create or update the archive\'s tables (the archiver also does this when it starts)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from dlq" -f -a "inspect" -d 'Show dead-lettered commands with their decoded command and error (commits nothing)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from dlq" -f -a "replay" -d 'Re-publish dead-lettered commands to their original topic, resumably, with a loop guard'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from schemas" -f -a "list" -d 'List the schemas of every record fleetctl writes, with their subjects'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from schemas" -f -a "show" -d 'Print one topic\'s schema as the code defines it'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from schemas" -f -a "register" -d 'Register every schema under its subject with BACKWARD compatibility (idempotent)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from schemas" -f -a "check" -d 'Check the code\'s schemas for BACKWARD compatibility against the registry\'s latest versions and/or committed schema files; exits 4 on an incompatible change'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from replay" -f -a "dataset" -d 'Replay recorded trajectories (CSV or JSON Lines) onto raw_telemetry at their recorded pace'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from consume" -f -a "anomalies" -d 'Show anomalies as they arrive and open one OPEN alert per new anomaly'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from alerts" -f -a "list" -d 'Show the current state of each alert'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from alerts" -f -a "resolve" -d 'Resolve an acknowledged alert'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from alerts" -f -a "dismiss" -d 'Dismiss an alert as not a real problem'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from alerts" -f -a "intervene" -d 'Record an intervention on the vehicle (acknowledges the alert)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from alerts" -f -a "history" -d 'Show who did what to alerts, and when (from the archive when a database is configured)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from ack" -f -a "alert" -d 'Acknowledge an alert (a no-op on an acknowledged one)'
