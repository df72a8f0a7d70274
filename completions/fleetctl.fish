# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_fleetctl_global_optspecs
    string join \n brokers= context= security-protocol= sasl-mechanism= sasl-username= sasl-password= tls-ca= tls-cert= tls-key= X= topic-prefix= broker-timeout= format= color= q/quiet v/verbose log-format= config-dir= h/help V/version
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
complete -c fleetctl -n "__fish_fleetctl_needs_command" -f -a "keygen" -d 'Generate an Ed25519 key pair for a signing role'
complete -c fleetctl -n "__fish_fleetctl_needs_command" -f -a "keys" -d 'Inspect the trusted signing keys'
complete -c fleetctl -n "__fish_fleetctl_needs_command" -f -a "dev" -d 'Local development helpers'
complete -c fleetctl -n "__fish_fleetctl_needs_command" -f -a "replay" -d 'Replay recorded data onto the fleet\'s topics'
complete -c fleetctl -n "__fish_fleetctl_needs_command" -f -a "run" -d 'Run a long-lived service role until Ctrl-C'
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
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from anomaly-detector help" -l brokers -d 'Kafka bootstrap servers, comma separated' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from anomaly-detector help" -l context -d 'Named context from the config file to use instead of the current one' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from anomaly-detector help" -l security-protocol -d 'Security protocol for the broker connection' -r -f -a "plaintext\t'No TLS, no SASL'
ssl\t'TLS'
sasl-plaintext\t'SASL without TLS'
sasl-ssl\t'SASL over TLS'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from anomaly-detector help" -l sasl-mechanism -d 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from anomaly-detector help" -l sasl-username -d 'SASL username' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from anomaly-detector help" -l sasl-password -d 'SASL password (prefer the environment variable; it is never printed)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from anomaly-detector help" -l tls-ca -d 'Path of the CA certificate(s) used to verify the brokers' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from anomaly-detector help" -l tls-cert -d 'Path of the client certificate for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from anomaly-detector help" -l tls-key -d 'Path of the client private key for mutual TLS' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from anomaly-detector help" -s X -d 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from anomaly-detector help" -l topic-prefix -d 'Prefix put before every topic name of the catalog (for example `prod.`)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from anomaly-detector help" -l broker-timeout -d 'How long to wait for the brokers to answer a metadata or admin request' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from anomaly-detector help" -l format -d 'Output format for data printed on stdout' -r -f -a "table\t'A table for people (plain columns when stdout is not a terminal)'
json\t'One JSON document'
ndjson\t'One JSON object per line, each with a "type" field'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from anomaly-detector help" -l color -d 'When to use colour (NO_COLOR in the environment means never)' -r -f -a "auto\t'Colour when the stream is a terminal and NO_COLOR is not set'
always\t'Always colour'
never\t'Never colour'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from anomaly-detector help" -l log-format -d 'Log line format on stderr' -r -f -a "text\t'Human-readable lines'
json\t'One JSON object per line'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from anomaly-detector help" -l config-dir -d 'Directory holding config.toml and keys/ (default: the platform config directory)' -r -F
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from anomaly-detector help" -s q -l quiet -d 'Print only data and errors'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from anomaly-detector help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from anomaly-detector help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from anomaly-detector help" -s V -l version -d 'Print version'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from anomaly-detector help" -f -a "anomaly-detector" -d 'Run the anomaly detector: raw_telemetry in, anomalies out (until Ctrl-C)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and not __fish_seen_subcommand_from anomaly-detector help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -l group -d 'Consumer group' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -l decel-threshold -d 'sudden_deceleration: deceleration above this (m/s²)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -l speed-drop-threshold -d 'sudden_deceleration: speed drop above this (m/s) within --decel-window' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -l decel-window -d 'sudden_deceleration: the window of the speed drop' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -l label-swing-threshold -d 'perception_instability: label probability swing (max − min over 10 frames) above this' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -l jitter-threshold -d 'perception_instability: position off by more than this (m) from where velocity puts it' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -l jitter-frames -d 'perception_instability: this many jittery frames among the last 10' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from anomaly-detector" -l idle-exit -d 'Stop (cleanly) after this long without a record, instead of running until Ctrl-C' -r
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
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from help" -f -a "anomaly-detector" -d 'Run the anomaly detector: raw_telemetry in, anomalies out (until Ctrl-C)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand run; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -l group -d 'Consumer group' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -l since -d 'Start at this age (10m, 2h) or time (RFC 3339)' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -l max -d 'Stop after showing N anomalies' -r
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -l severity -d 'Show only this severity (repeatable)' -r -f -a "INFO\t'Worth knowing'
WARNING\t'Needs a look'
CRITICAL\t'Needs action now'"
complete -c fleetctl -n "__fish_fleetctl_using_subcommand consume; and __fish_seen_subcommand_from anomalies" -l type -d 'Show only this anomaly type (repeatable)' -r -f -a "sudden_deceleration\t'Hard braking'
perception_instability\t'Label flicker or jumpy positions'"
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
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and not __fish_seen_subcommand_from list resolve dismiss intervene history help" -f -a "history" -d 'Show who did what to an alert, and when'
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
complete -c fleetctl -n "__fish_fleetctl_using_subcommand alerts; and __fish_seen_subcommand_from help" -f -a "history" -d 'Show who did what to an alert, and when'
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
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and not __fish_seen_subcommand_from config topics keygen keys dev replay run consume alerts ack generate help" -f -a "config" -d 'Manage named contexts (brokers, security, topic prefix) in the config file'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and not __fish_seen_subcommand_from config topics keygen keys dev replay run consume alerts ack generate help" -f -a "topics" -d 'Plan, create, list and describe the fleet\'s topics against the catalog'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and not __fish_seen_subcommand_from config topics keygen keys dev replay run consume alerts ack generate help" -f -a "keygen" -d 'Generate an Ed25519 key pair for a signing role'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and not __fish_seen_subcommand_from config topics keygen keys dev replay run consume alerts ack generate help" -f -a "keys" -d 'Inspect the trusted signing keys'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and not __fish_seen_subcommand_from config topics keygen keys dev replay run consume alerts ack generate help" -f -a "dev" -d 'Local development helpers'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and not __fish_seen_subcommand_from config topics keygen keys dev replay run consume alerts ack generate help" -f -a "replay" -d 'Replay recorded data onto the fleet\'s topics'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and not __fish_seen_subcommand_from config topics keygen keys dev replay run consume alerts ack generate help" -f -a "run" -d 'Run a long-lived service role until Ctrl-C'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and not __fish_seen_subcommand_from config topics keygen keys dev replay run consume alerts ack generate help" -f -a "consume" -d 'Read and display records from the fleet\'s topics'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and not __fish_seen_subcommand_from config topics keygen keys dev replay run consume alerts ack generate help" -f -a "alerts" -d 'List and work operator alerts'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and not __fish_seen_subcommand_from config topics keygen keys dev replay run consume alerts ack generate help" -f -a "ack" -d 'Acknowledge something that waits for an operator'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and not __fish_seen_subcommand_from config topics keygen keys dev replay run consume alerts ack generate help" -f -a "generate" -d 'Write shell completions and man pages (used to refresh completions/ and man/)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and not __fish_seen_subcommand_from config topics keygen keys dev replay run consume alerts ack generate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set-context" -d 'Create or update a named context'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "use-context" -d 'Make a context the current one'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get-contexts" -d 'List the contexts'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "current-context" -d 'Print the name of the current context'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "view" -d 'Show the config file with secrets redacted'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "delete-context" -d 'Delete a context'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from topics" -f -a "create" -d 'Create the catalog topics that are missing; report drift, never alter it'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from topics" -f -a "list" -d 'List the catalog topics with their state on the cluster'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from topics" -f -a "describe" -d 'Show partitions, replication and configs of catalog topics against the catalog'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "list" -d 'List the trusted public keys with their roles and key ids'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from dev" -f -a "broker" -d 'Run an embedded Kafka-compatible broker (librdkafka\'s mock cluster) until Ctrl-C'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from replay" -f -a "dataset" -d 'Replay recorded trajectories (CSV or JSON Lines) onto raw_telemetry at their recorded pace'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from run" -f -a "anomaly-detector" -d 'Run the anomaly detector: raw_telemetry in, anomalies out (until Ctrl-C)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from consume" -f -a "anomalies" -d 'Show anomalies as they arrive and open one OPEN alert per new anomaly'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from alerts" -f -a "list" -d 'Show the current state of each alert'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from alerts" -f -a "resolve" -d 'Resolve an acknowledged alert'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from alerts" -f -a "dismiss" -d 'Dismiss an alert as not a real problem'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from alerts" -f -a "intervene" -d 'Record an intervention on the vehicle (acknowledges the alert)'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from alerts" -f -a "history" -d 'Show who did what to an alert, and when'
complete -c fleetctl -n "__fish_fleetctl_using_subcommand help; and __fish_seen_subcommand_from ack" -f -a "alert" -d 'Acknowledge an alert (a no-op on an acknowledged one)'
