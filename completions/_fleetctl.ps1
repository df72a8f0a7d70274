
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'fleetctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'fleetctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'fleetctl' {
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Manage named contexts (brokers, security, topic prefix) in the config file')
            [CompletionResult]::new('topics', 'topics', [CompletionResultType]::ParameterValue, 'Plan, create, list and describe the fleet''s topics against the catalog')
            [CompletionResult]::new('acls', 'acls', [CompletionResultType]::ParameterValue, 'Plan and apply least-privilege ACLs for each role''s principal')
            [CompletionResult]::new('keygen', 'keygen', [CompletionResultType]::ParameterValue, 'Generate an Ed25519 key pair for a signing role')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Inspect the trusted signing keys')
            [CompletionResult]::new('simulate', 'simulate', [CompletionResultType]::ParameterValue, 'Simulate robots: telemetry out, completed commands and halts in')
            [CompletionResult]::new('fleet', 'fleet', [CompletionResultType]::ParameterValue, 'Look at the fleet')
            [CompletionResult]::new('dev', 'dev', [CompletionResultType]::ParameterValue, 'Local development helpers')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a long-running role: executor, retry, control center, safety monitor')
            [CompletionResult]::new('halt', 'halt', [CompletionResultType]::ParameterValue, 'Emergency halt of the whole fleet, a zone or robots; waits for every acknowledgement')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Lift a halt of the same scope; robots resume from their preserved state')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'The whole fleet on an embedded broker: robots, deciders, executor, a staged safety halt')
            [CompletionResult]::new('canary', 'canary', [CompletionResultType]::ParameterValue, 'Canary rollout: failure rates of real and dry-run commands')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'The PostgreSQL archive: schema migrations (`run archiver` fills it)')
            [CompletionResult]::new('dlq', 'dlq', [CompletionResultType]::ParameterValue, 'Inspect and replay the dead-letter queue of robot commands')
            [CompletionResult]::new('lag', 'lag', [CompletionResultType]::ParameterValue, 'Committed offset, log end and lag per partition of consumer groups')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Health checks for CI: brokers, topics against the catalog, lag, DLQ backlog, schemas')
            [CompletionResult]::new('schemas', 'schemas', [CompletionResultType]::ParameterValue, 'The schemas of every record fleetctl writes: list, show, register, check compatibility')
            [CompletionResult]::new('top', 'top', [CompletionResultType]::ParameterValue, 'Live full-screen dashboard: robots, rates, halts, alerts, DLQ, lag (needs a terminal)')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Replay recorded data onto the fleet''s topics')
            [CompletionResult]::new('consume', 'consume', [CompletionResultType]::ParameterValue, 'Read and display records from the fleet''s topics')
            [CompletionResult]::new('alerts', 'alerts', [CompletionResultType]::ParameterValue, 'List and work operator alerts')
            [CompletionResult]::new('ack', 'ack', [CompletionResultType]::ParameterValue, 'Acknowledge something that waits for an operator')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Write shell completions and man pages (used to refresh completions/ and man/)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fleetctl;config' {
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set-context', 'set-context', [CompletionResultType]::ParameterValue, 'Create or update a named context')
            [CompletionResult]::new('use-context', 'use-context', [CompletionResultType]::ParameterValue, 'Make a context the current one')
            [CompletionResult]::new('get-contexts', 'get-contexts', [CompletionResultType]::ParameterValue, 'List the contexts')
            [CompletionResult]::new('current-context', 'current-context', [CompletionResultType]::ParameterValue, 'Print the name of the current context')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Show the config file with secrets redacted')
            [CompletionResult]::new('delete-context', 'delete-context', [CompletionResultType]::ParameterValue, 'Delete a context')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fleetctl;config;set-context' {
            [CompletionResult]::new('--replication-factor', '--replication-factor', [CompletionResultType]::ParameterName, 'Replication factor of created topics')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator id recorded on alert actions')
            [CompletionResult]::new('--principal', '--principal', [CompletionResultType]::ParameterName, 'Principal of a role in the ACL plan, as ROLE=PRINCIPAL (repeatable; `ROLE=` removes it); `fleetctl acls plan --help` lists the roles')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('--use', '--use', [CompletionResultType]::ParameterName, 'Also make this the current context')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;config;use-context' {
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;config;get-contexts' {
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;config;current-context' {
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;config;view' {
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;config;delete-context' {
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;config;help' {
            [CompletionResult]::new('set-context', 'set-context', [CompletionResultType]::ParameterValue, 'Create or update a named context')
            [CompletionResult]::new('use-context', 'use-context', [CompletionResultType]::ParameterValue, 'Make a context the current one')
            [CompletionResult]::new('get-contexts', 'get-contexts', [CompletionResultType]::ParameterValue, 'List the contexts')
            [CompletionResult]::new('current-context', 'current-context', [CompletionResultType]::ParameterValue, 'Print the name of the current context')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Show the config file with secrets redacted')
            [CompletionResult]::new('delete-context', 'delete-context', [CompletionResultType]::ParameterValue, 'Delete a context')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fleetctl;config;help;set-context' {
            break
        }
        'fleetctl;config;help;use-context' {
            break
        }
        'fleetctl;config;help;get-contexts' {
            break
        }
        'fleetctl;config;help;current-context' {
            break
        }
        'fleetctl;config;help;view' {
            break
        }
        'fleetctl;config;help;delete-context' {
            break
        }
        'fleetctl;config;help;help' {
            break
        }
        'fleetctl;topics' {
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create the catalog topics that are missing; report drift, never alter it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the catalog topics with their state on the cluster')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show partitions, replication and configs of catalog topics against the catalog')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fleetctl;topics;create' {
            [CompletionResult]::new('--robots', '--robots', [CompletionResultType]::ParameterName, 'Fleet size the per-robot topics are sized for')
            [CompletionResult]::new('--partitions-per-100-robots', '--partitions-per-100-robots', [CompletionResultType]::ParameterName, 'Partitions per 100 robots for per-robot topics (at least 3 in all)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (create / unchanged / drift) without touching the cluster')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;topics;list' {
            [CompletionResult]::new('--robots', '--robots', [CompletionResultType]::ParameterName, 'Fleet size the per-robot topics are sized for')
            [CompletionResult]::new('--partitions-per-100-robots', '--partitions-per-100-robots', [CompletionResultType]::ParameterName, 'Partitions per 100 robots for per-robot topics (at least 3 in all)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;topics;describe' {
            [CompletionResult]::new('--robots', '--robots', [CompletionResultType]::ParameterName, 'Fleet size the per-robot topics are sized for')
            [CompletionResult]::new('--partitions-per-100-robots', '--partitions-per-100-robots', [CompletionResultType]::ParameterName, 'Partitions per 100 robots for per-robot topics (at least 3 in all)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;topics;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create the catalog topics that are missing; report drift, never alter it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the catalog topics with their state on the cluster')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show partitions, replication and configs of catalog topics against the catalog')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fleetctl;topics;help;create' {
            break
        }
        'fleetctl;topics;help;list' {
            break
        }
        'fleetctl;topics;help;describe' {
            break
        }
        'fleetctl;topics;help;help' {
            break
        }
        'fleetctl;acls' {
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Print the ACLs each assigned role''s principal needs, and nothing more (no broker needed)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Create the planned ACLs that are missing; report extra ones as drift, delete them only with --prune')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fleetctl;acls;plan' {
            [CompletionResult]::new('--principal', '--principal', [CompletionResultType]::ParameterName, 'A role and the principal that runs it, e.g. executor=User:exec (repeatable; over the context''s acl-principals). Roles: robots, control-center, safety-monitor, executor, retry, detector, replay, operator, halt, ops, admin')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;acls;apply' {
            [CompletionResult]::new('--principal', '--principal', [CompletionResultType]::ParameterName, 'A role and the principal that runs it, e.g. executor=User:exec (repeatable; over the context''s acl-principals). Roles: robots, control-center, safety-monitor, executor, retry, detector, replay, operator, halt, ops, admin')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Compare with the cluster and change nothing; exit 4 if any ACL is missing or extra')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also delete the ACLs of the planned principals that no role needs')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;acls;help' {
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Print the ACLs each assigned role''s principal needs, and nothing more (no broker needed)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Create the planned ACLs that are missing; report extra ones as drift, delete them only with --prune')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fleetctl;acls;help;plan' {
            break
        }
        'fleetctl;acls;help;apply' {
            break
        }
        'fleetctl;acls;help;help' {
            break
        }
        'fleetctl;keygen' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Signing role the key is for')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Directory to write `<role>.key` and `<role>.pub` into (default: the keys/ config dir)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite an existing key file')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Print the key as `ROLE_PRIVATE_KEY_B64=` / `ROLE_PUBLIC_KEY_B64=` lines instead of writing files')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;keys' {
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the trusted public keys with their roles and key ids')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fleetctl;keys;list' {
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;keys;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the trusted public keys with their roles and key ids')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fleetctl;keys;help;list' {
            break
        }
        'fleetctl;keys;help;help' {
            break
        }
        'fleetctl;simulate' {
            [CompletionResult]::new('--robots', '--robots', [CompletionResultType]::ParameterName, 'Number of robots')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds between two reports of one robot (before --speedup)')
            [CompletionResult]::new('--speedup', '--speedup', [CompletionResultType]::ParameterName, 'Divide the interval (and simulated time) by this factor')
            [CompletionResult]::new('--chaos', '--chaos', [CompletionResultType]::ParameterName, 'Probability per report of an injected fault (dropped report, sensor spike, malformed record, silence)')
            [CompletionResult]::new('--zones', '--zones', [CompletionResultType]::ParameterName, 'Number of zones the robots are spread over')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Stop after this long (default: until Ctrl-C)')
            [CompletionResult]::new('--ignore-halts', '--ignore-halts', [CompletionResultType]::ParameterName, 'Robot ids that ignore halts (fault injection for testing halt timeouts)')
            [CompletionResult]::new('--id-prefix', '--id-prefix', [CompletionResultType]::ParameterName, 'Prefix of robot ids (robots are PREFIX-0001, PREFIX-0002, ...)')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Random seed, for reproducible runs')
            [CompletionResult]::new('--value-format', '--value-format', [CompletionResultType]::ParameterName, 'How telemetry values are written: plain JSON, or framed with a schema id from the registry (--schema-registry); the schema is registered under the topic''s subject if missing')
            [CompletionResult]::new('--metrics-addr', '--metrics-addr', [CompletionResultType]::ParameterName, 'Serve Prometheus metrics at http://HOST:PORT/metrics (the original design used port 8000)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('robots', 'robots', [CompletionResultType]::ParameterValue, 'Simulated robots: telemetry out, completed commands and halts in')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fleetctl;simulate;robots' {
            [CompletionResult]::new('--robots', '--robots', [CompletionResultType]::ParameterName, 'Number of robots')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds between two reports of one robot (before --speedup)')
            [CompletionResult]::new('--speedup', '--speedup', [CompletionResultType]::ParameterName, 'Divide the interval (and simulated time) by this factor')
            [CompletionResult]::new('--chaos', '--chaos', [CompletionResultType]::ParameterName, 'Probability per report of an injected fault (dropped report, sensor spike, malformed record, silence)')
            [CompletionResult]::new('--zones', '--zones', [CompletionResultType]::ParameterName, 'Number of zones the robots are spread over')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Stop after this long (default: until Ctrl-C)')
            [CompletionResult]::new('--ignore-halts', '--ignore-halts', [CompletionResultType]::ParameterName, 'Robot ids that ignore halts (fault injection for testing halt timeouts)')
            [CompletionResult]::new('--id-prefix', '--id-prefix', [CompletionResultType]::ParameterName, 'Prefix of robot ids (robots are PREFIX-0001, PREFIX-0002, ...)')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Random seed, for reproducible runs')
            [CompletionResult]::new('--value-format', '--value-format', [CompletionResultType]::ParameterName, 'How telemetry values are written: plain JSON, or framed with a schema id from the registry (--schema-registry); the schema is registered under the topic''s subject if missing')
            [CompletionResult]::new('--metrics-addr', '--metrics-addr', [CompletionResultType]::ParameterName, 'Serve Prometheus metrics at http://HOST:PORT/metrics (the original design used port 8000)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;simulate;help' {
            [CompletionResult]::new('robots', 'robots', [CompletionResultType]::ParameterValue, 'Simulated robots: telemetry out, completed commands and halts in')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fleetctl;simulate;help;robots' {
            break
        }
        'fleetctl;simulate;help;help' {
            break
        }
        'fleetctl;fleet' {
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Robots from robot-state, with counts per status')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'One robot''s readings over a past period, from the archive (needs --postgres)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fleetctl;fleet;status' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only robots with this status')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('--summary', '--summary', [CompletionResultType]::ParameterName, 'Only the counts per status')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;fleet;history' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'How far back: an age like 1h, or an RFC 3339 time')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Most readings shown (the latest ones)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;fleet;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Robots from robot-state, with counts per status')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'One robot''s readings over a past period, from the archive (needs --postgres)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fleetctl;fleet;help;status' {
            break
        }
        'fleetctl;fleet;help;history' {
            break
        }
        'fleetctl;fleet;help;help' {
            break
        }
        'fleetctl;dev' {
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('broker', 'broker', [CompletionResultType]::ParameterValue, 'Run an embedded Kafka-compatible broker (librdkafka''s mock cluster) until Ctrl-C')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fleetctl;dev;broker' {
            [CompletionResult]::new('--context-name', '--context-name', [CompletionResultType]::ParameterName, 'Name of the context written to the config file, pointing at this broker')
            [CompletionResult]::new('--robots', '--robots', [CompletionResultType]::ParameterName, 'Fleet size used to size the per-robot topics')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('--no-context', '--no-context', [CompletionResultType]::ParameterName, 'Do not write the context to the config file')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;dev;help' {
            [CompletionResult]::new('broker', 'broker', [CompletionResultType]::ParameterValue, 'Run an embedded Kafka-compatible broker (librdkafka''s mock cluster) until Ctrl-C')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fleetctl;dev;help;broker' {
            break
        }
        'fleetctl;dev;help;help' {
            break
        }
        'fleetctl;run' {
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('control-center', 'control-center', [CompletionResultType]::ParameterValue, 'Issue signed MOVE_TO / RETURN_TO_BASE / CHARGE commands from control telemetry')
            [CompletionResult]::new('safety-monitor', 'safety-monitor', [CompletionResultType]::ParameterValue, 'Watch environment readings; stop robots and halt the fleet on critical readings')
            [CompletionResult]::new('executor', 'executor', [CompletionResultType]::ParameterValue, 'Verify and apply each command exactly once (the robot command consumer)')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Re-issue failed commands with backoff 1 s·2^n, at most MAX_RETRIES times')
            [CompletionResult]::new('anomaly-detector', 'anomaly-detector', [CompletionResultType]::ParameterValue, 'Run the anomaly detector: raw_telemetry in, anomalies out')
            [CompletionResult]::new('archiver', 'archiver', [CompletionResultType]::ParameterValue, 'Archive readings, anomalies, alerts, completions, halts and dead letters into PostgreSQL, exactly once (--postgres / DATABASE_URL)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fleetctl;run;control-center' {
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Consumer group id (default: the role''s own)')
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'Stable identity in the group: a member restarted with the same identity takes its partitions back at once (static membership); two running at once fence one another. The executor always has one: 0 unless given, also naming its transactional.id')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Stop after this long (default: until Ctrl-C or SIGTERM)')
            [CompletionResult]::new('--metrics-addr', '--metrics-addr', [CompletionResultType]::ParameterName, 'Serve Prometheus metrics at http://HOST:PORT/metrics (the original design used port 8000)')
            [CompletionResult]::new('--canary', '--canary', [CompletionResultType]::ParameterName, 'Fraction of robots (stable by id) that get real commands; the rest get dry runs')
            [CompletionResult]::new('--low-battery', '--low-battery', [CompletionResultType]::ParameterName, 'Battery percentage under which a robot is sent home')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long a command it signs stays valid, in seconds: past this (plus 30 s of clock skew) the executor dead-letters it as expired instead of executing it [default: 60]')
            [CompletionResult]::new('--cooldown', '--cooldown', [CompletionResultType]::ParameterName, 'Minimum time between two commands to the same robot')
            [CompletionResult]::new('--abort-threshold', '--abort-threshold', [CompletionResultType]::ParameterName, 'Stop sending real commands once the canary''s failure rate (failed and rejected over all outcomes, after at least 20) exceeds this; dry runs go on (default: never abort)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;run;safety-monitor' {
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Consumer group id (default: the role''s own)')
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'Stable identity in the group: a member restarted with the same identity takes its partitions back at once (static membership); two running at once fence one another. The executor always has one: 0 unless given, also naming its transactional.id')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Stop after this long (default: until Ctrl-C or SIGTERM)')
            [CompletionResult]::new('--metrics-addr', '--metrics-addr', [CompletionResultType]::ParameterName, 'Serve Prometheus metrics at http://HOST:PORT/metrics (the original design used port 8000)')
            [CompletionResult]::new('--halt-fraction', '--halt-fraction', [CompletionResultType]::ParameterName, 'Fraction of the fleet with critical readings within --window that triggers a fleet halt')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long a command it signs stays valid, in seconds: past this (plus 30 s of clock skew) the executor dead-letters it as expired instead of executing it [default: 60]')
            [CompletionResult]::new('--window', '--window', [CompletionResultType]::ParameterName, 'Window over which critical robots are counted for a fleet halt')
            [CompletionResult]::new('--threshold', '--threshold', [CompletionResultType]::ParameterName, 'Threshold overrides, as RULE.LEVEL=VALUE (e.g. temperature.critical=95)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;run;executor' {
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Consumer group id (default: the role''s own)')
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'Stable identity in the group: a member restarted with the same identity takes its partitions back at once (static membership); two running at once fence one another. The executor always has one: 0 unless given, also naming its transactional.id')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Stop after this long (default: until Ctrl-C or SIGTERM)')
            [CompletionResult]::new('--metrics-addr', '--metrics-addr', [CompletionResultType]::ParameterName, 'Serve Prometheus metrics at http://HOST:PORT/metrics (the original design used port 8000)')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries after the first failed attempt before a command goes to the DLQ')
            [CompletionResult]::new('--eos', '--eos', [CompletionResultType]::ParameterName, 'Exactly-once mode')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Most records processed in one batch (one transaction), at most 5000')
            [CompletionResult]::new('--chaos', '--chaos', [CompletionResultType]::ParameterName, 'Fraction of executions that fail on purpose (fault injection)')
            [CompletionResult]::new('--fail-attempts', '--fail-attempts', [CompletionResultType]::ParameterName, 'Fault injection: every command fails its first N attempts (to watch retries and the DLQ)')
            [CompletionResult]::new('--exit-when-idle', '--exit-when-idle', [CompletionResultType]::ParameterName, 'Exit once no command has arrived for this long (after the first one), like kcat -e')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;run;retry' {
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Consumer group id (default: the role''s own)')
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'Stable identity in the group: a member restarted with the same identity takes its partitions back at once (static membership); two running at once fence one another. The executor always has one: 0 unless given, also naming its transactional.id')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Stop after this long (default: until Ctrl-C or SIGTERM)')
            [CompletionResult]::new('--metrics-addr', '--metrics-addr', [CompletionResultType]::ParameterName, 'Serve Prometheus metrics at http://HOST:PORT/metrics (the original design used port 8000)')
            [CompletionResult]::new('--eos', '--eos', [CompletionResultType]::ParameterName, 'Exactly-once mode (as for the executor)')
            [CompletionResult]::new('--exit-when-idle', '--exit-when-idle', [CompletionResultType]::ParameterName, 'Exit once nothing has been pending for this long (after the first record)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;run;anomaly-detector' {
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Consumer group (default: the topic prefix followed by anomaly-service-group)')
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'Stable identity in the group: a member restarted with the same identity takes its partitions back at once (static membership); two running at once fence one another')
            [CompletionResult]::new('--decel-threshold', '--decel-threshold', [CompletionResultType]::ParameterName, 'sudden_deceleration: deceleration above this (m/s²)')
            [CompletionResult]::new('--speed-drop-threshold', '--speed-drop-threshold', [CompletionResultType]::ParameterName, 'sudden_deceleration: speed drop above this (m/s) within --decel-window')
            [CompletionResult]::new('--decel-window', '--decel-window', [CompletionResultType]::ParameterName, 'sudden_deceleration: the window of the speed drop')
            [CompletionResult]::new('--label-swing-threshold', '--label-swing-threshold', [CompletionResultType]::ParameterName, 'perception_instability: label probability swing (max − min over 10 frames) above this')
            [CompletionResult]::new('--jitter-threshold', '--jitter-threshold', [CompletionResultType]::ParameterName, 'perception_instability: position off by more than this (m) from where velocity puts it')
            [CompletionResult]::new('--jitter-frames', '--jitter-frames', [CompletionResultType]::ParameterName, 'perception_instability: this many jittery frames among the last 10')
            [CompletionResult]::new('--idle-exit', '--idle-exit', [CompletionResultType]::ParameterName, 'Stop (cleanly) after this long without a record, instead of running until Ctrl-C')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Stop after this long (default: until Ctrl-C or SIGTERM), like every long-running role')
            [CompletionResult]::new('--metrics-addr', '--metrics-addr', [CompletionResultType]::ParameterName, 'Serve Prometheus metrics at http://HOST:PORT/metrics (the original design used port 8000)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;run;archiver' {
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Group the archiver''s progress is shown under in `fleetctl lag` (default: the topic prefix followed by archiver); it resumes from the database''s offsets, never from the group''s')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Stop after this long (default: until Ctrl-C or SIGTERM)')
            [CompletionResult]::new('--metrics-addr', '--metrics-addr', [CompletionResultType]::ParameterName, 'Serve Prometheus metrics at http://HOST:PORT/metrics (the original design used port 8000)')
            [CompletionResult]::new('--downsample', '--downsample', [CompletionResultType]::ParameterName, 'Store one aggregate per robot and interval instead of every reading (for example 10s)')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Most records in one database transaction (fewer, larger transactions keep up with more)')
            [CompletionResult]::new('--linger', '--linger', [CompletionResultType]::ParameterName, 'Longest wait for a batch to fill once its first record arrived')
            [CompletionResult]::new('--exit-when-idle', '--exit-when-idle', [CompletionResultType]::ParameterName, 'Exit once no record came for this long')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;run;help' {
            [CompletionResult]::new('control-center', 'control-center', [CompletionResultType]::ParameterValue, 'Issue signed MOVE_TO / RETURN_TO_BASE / CHARGE commands from control telemetry')
            [CompletionResult]::new('safety-monitor', 'safety-monitor', [CompletionResultType]::ParameterValue, 'Watch environment readings; stop robots and halt the fleet on critical readings')
            [CompletionResult]::new('executor', 'executor', [CompletionResultType]::ParameterValue, 'Verify and apply each command exactly once (the robot command consumer)')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Re-issue failed commands with backoff 1 s·2^n, at most MAX_RETRIES times')
            [CompletionResult]::new('anomaly-detector', 'anomaly-detector', [CompletionResultType]::ParameterValue, 'Run the anomaly detector: raw_telemetry in, anomalies out')
            [CompletionResult]::new('archiver', 'archiver', [CompletionResultType]::ParameterValue, 'Archive readings, anomalies, alerts, completions, halts and dead letters into PostgreSQL, exactly once (--postgres / DATABASE_URL)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fleetctl;run;help;control-center' {
            break
        }
        'fleetctl;run;help;safety-monitor' {
            break
        }
        'fleetctl;run;help;executor' {
            break
        }
        'fleetctl;run;help;retry' {
            break
        }
        'fleetctl;run;help;anomaly-detector' {
            break
        }
        'fleetctl;run;help;archiver' {
            break
        }
        'fleetctl;run;help;help' {
            break
        }
        'fleetctl;halt' {
            [CompletionResult]::new('--robot', '--robot', [CompletionResultType]::ParameterName, 'These robots')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Every robot of a zone')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for every robot''s acknowledgement')
            [CompletionResult]::new('--sign-as', '--sign-as', [CompletionResultType]::ParameterName, 'Key to sign with')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Reason recorded with the halt')
            [CompletionResult]::new('--seen-within', '--seen-within', [CompletionResultType]::ParameterName, 'Robots count as part of the fleet when they reported within this window')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'The whole fleet')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;resume' {
            [CompletionResult]::new('--robot', '--robot', [CompletionResultType]::ParameterName, 'These robots')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Every robot of a zone')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for every robot''s acknowledgement')
            [CompletionResult]::new('--sign-as', '--sign-as', [CompletionResultType]::ParameterName, 'Key to sign with')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Reason recorded with the halt')
            [CompletionResult]::new('--seen-within', '--seen-within', [CompletionResultType]::ParameterName, 'Robots count as part of the fleet when they reported within this window')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'The whole fleet')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;demo' {
            [CompletionResult]::new('--robots', '--robots', [CompletionResultType]::ParameterName, 'Number of robots')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'How long the demo runs')
            [CompletionResult]::new('--speedup', '--speedup', [CompletionResultType]::ParameterName, 'Simulation speed-up')
            [CompletionResult]::new('--chaos', '--chaos', [CompletionResultType]::ParameterName, 'Fraction of executions that fail, so retries and the DLQ can be watched')
            [CompletionResult]::new('--canary', '--canary', [CompletionResultType]::ParameterName, 'Fraction of robots (stable by id) that get real commands; the rest get dry runs')
            [CompletionResult]::new('--metrics-addr', '--metrics-addr', [CompletionResultType]::ParameterName, 'Serve Prometheus metrics at http://HOST:PORT/metrics (the original design used port 8000)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('--top', '--top', [CompletionResultType]::ParameterName, 'Show the live dashboard (`fleetctl top`) while the demo runs; q ends the demo early')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;canary' {
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Failure rates of real (canary) and dry-run commands, from completions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fleetctl;canary;status' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only completions newer than this')
            [CompletionResult]::new('--abort-threshold', '--abort-threshold', [CompletionResultType]::ParameterName, 'Failure rate of the canary above which it should be aborted (exit 8 when crossed)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;canary;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Failure rates of real (canary) and dry-run commands, from completions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fleetctl;canary;help;status' {
            break
        }
        'fleetctl;canary;help;help' {
            break
        }
        'fleetctl;archive' {
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Create or update the archive''s tables (the archiver also does this when it starts)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fleetctl;archive;migrate' {
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;archive;help' {
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Create or update the archive''s tables (the archiver also does this when it starts)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fleetctl;archive;help;migrate' {
            break
        }
        'fleetctl;archive;help;help' {
            break
        }
        'fleetctl;dlq' {
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Show dead-lettered commands with their decoded command and error (commits nothing)')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Re-publish dead-lettered commands to their original topic, resumably, with a loop guard')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fleetctl;dlq;inspect' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only entries dead-lettered at or after this time (a duration ago like 10m, or RFC 3339)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only entries dead-lettered at or before this time (a duration ago like 10m, or RFC 3339)')
            [CompletionResult]::new('--error-class', '--error-class', [CompletionResultType]::ParameterName, 'Only entries with this error class, e.g. expired, malformed (repeatable)')
            [CompletionResult]::new('--robot', '--robot', [CompletionResultType]::ParameterName, 'Only entries for this robot (the record key or the decoded target; repeatable)')
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'At most this many selected entries')
            [CompletionResult]::new('--group-by', '--group-by', [CompletionResultType]::ParameterName, 'Print a histogram instead of the entries')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;dlq;replay' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only entries dead-lettered at or after this time (a duration ago like 10m, or RFC 3339)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only entries dead-lettered at or before this time (a duration ago like 10m, or RFC 3339)')
            [CompletionResult]::new('--error-class', '--error-class', [CompletionResultType]::ParameterName, 'Only entries with this error class, e.g. expired, malformed (repeatable)')
            [CompletionResult]::new('--robot', '--robot', [CompletionResultType]::ParameterName, 'Only entries for this robot (the record key or the decoded target; repeatable)')
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'At most this many selected entries')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Publish to this topic instead of each entry''s original topic')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many entries per second, e.g. 100/s (default: as fast as acknowledged)')
            [CompletionResult]::new('--max-replays', '--max-replays', [CompletionResultType]::ParameterName, 'Skip entries already replayed this many times (loop guard)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Consumer group holding replay progress (default: {prefix}fleetctl-dlq-replay)')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Validity of re-signed commands')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show routing and a histogram; send and commit nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when stdin is not a terminal)')
            [CompletionResult]::new('--resign', '--resign', [CompletionResultType]::ParameterName, 'Re-issue expired commands with the operator key and a new expiry, keeping their id')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;dlq;help' {
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Show dead-lettered commands with their decoded command and error (commits nothing)')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Re-publish dead-lettered commands to their original topic, resumably, with a loop guard')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fleetctl;dlq;help;inspect' {
            break
        }
        'fleetctl;dlq;help;replay' {
            break
        }
        'fleetctl;dlq;help;help' {
            break
        }
        'fleetctl;lag' {
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Consumer group (default: every group whose id starts with the topic prefix)')
            [CompletionResult]::new('--max-lag', '--max-lag', [CompletionResultType]::ParameterName, 'Exit with the threshold code when any partition''s lag exceeds N')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;doctor' {
            [CompletionResult]::new('--robots', '--robots', [CompletionResultType]::ParameterName, 'Fleet size the per-robot topics are sized for')
            [CompletionResult]::new('--partitions-per-100-robots', '--partitions-per-100-robots', [CompletionResultType]::ParameterName, 'Partitions per 100 robots for per-robot topics (at least 3 in all)')
            [CompletionResult]::new('--max-lag', '--max-lag', [CompletionResultType]::ParameterName, 'Largest tolerated lag of any partition of the fleet''s consumer groups')
            [CompletionResult]::new('--max-dlq', '--max-dlq', [CompletionResultType]::ParameterName, 'Largest tolerated DLQ backlog; without it any backlog is only a warning')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;schemas' {
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the schemas of every record fleetctl writes, with their subjects')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print one topic''s schema as the code defines it')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register every schema under its subject with BACKWARD compatibility (idempotent)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the code''s schemas for BACKWARD compatibility against the registry''s latest versions and/or committed schema files; exits 4 on an incompatible change')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fleetctl;schemas;list' {
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;schemas;show' {
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('--avro', '--avro', [CompletionResultType]::ParameterName, 'The Avro schema instead of the JSON Schema')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;schemas;register' {
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (register / unchanged / incompatible) without touching the registry')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;schemas;check' {
            [CompletionResult]::new('--against', '--against', [CompletionResultType]::ParameterName, 'Also (or, without a registry, only) check against the schema files in DIR, as `scripts/gen-docs.sh` writes them to docs/schemas (offline, for CI)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Do not ask the registry even if one is configured')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;schemas;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the schemas of every record fleetctl writes, with their subjects')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print one topic''s schema as the code defines it')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register every schema under its subject with BACKWARD compatibility (idempotent)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the code''s schemas for BACKWARD compatibility against the registry''s latest versions and/or committed schema files; exits 4 on an incompatible change')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fleetctl;schemas;help;list' {
            break
        }
        'fleetctl;schemas;help;show' {
            break
        }
        'fleetctl;schemas;help;register' {
            break
        }
        'fleetctl;schemas;help;check' {
            break
        }
        'fleetctl;schemas;help;help' {
            break
        }
        'fleetctl;top' {
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Time between two refreshes (rates are records per second over this window)')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Start with only this zone shown (z cycles through the zones)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;replay' {
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('dataset', 'dataset', [CompletionResultType]::ParameterValue, 'Replay recorded trajectories (CSV or JSON Lines) onto raw_telemetry at their recorded pace')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fleetctl;replay;dataset' {
            [CompletionResult]::new('--input-format', '--input-format', [CompletionResultType]::ParameterName, 'File format (default: from the extension: .csv, .jsonl, .ndjson, .json)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Replay rate: recorded event-time gaps are divided by it (0 = as fast as possible)')
            [CompletionResult]::new('--session-id', '--session-id', [CompletionResultType]::ParameterName, 'Name of this run, written into every event (default: generated)')
            [CompletionResult]::new('--dedup-ttl', '--dedup-ttl', [CompletionResultType]::ParameterName, 'How long an event id is remembered to drop duplicates before sending')
            [CompletionResult]::new('--value-format', '--value-format', [CompletionResultType]::ParameterName, 'How each event is written: plain JSON, or the Confluent wire format with the id of raw_telemetry''s JSON Schema (json-sr) or Avro schema (avro-sr) in a schema registry (--schema-registry); the schema is registered under the topic''s subject if missing')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('--loop', '--loop', [CompletionResultType]::ParameterName, 'Start again at the end, until Ctrl-C (event time keeps increasing)')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Stop at the first bad row instead of reporting and skipping it')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;replay;help' {
            [CompletionResult]::new('dataset', 'dataset', [CompletionResultType]::ParameterValue, 'Replay recorded trajectories (CSV or JSON Lines) onto raw_telemetry at their recorded pace')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fleetctl;replay;help;dataset' {
            break
        }
        'fleetctl;replay;help;help' {
            break
        }
        'fleetctl;consume' {
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('anomalies', 'anomalies', [CompletionResultType]::ParameterValue, 'Show anomalies as they arrive and open one OPEN alert per new anomaly')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fleetctl;consume;anomalies' {
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Stop after this long (default: until Ctrl-C or SIGTERM), like every long-running role')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Consumer group (default: the topic prefix followed by operator-service-group)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Start at this age (10m, 2h) or time (RFC 3339)')
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'Stop after showing N anomalies')
            [CompletionResult]::new('--severity', '--severity', [CompletionResultType]::ParameterName, 'Show only this severity (repeatable)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Show only this anomaly type (repeatable)')
            [CompletionResult]::new('--vehicle', '--vehicle', [CompletionResultType]::ParameterName, 'Show only this vehicle (repeatable)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('--from-beginning', '--from-beginning', [CompletionResultType]::ParameterName, 'Start at the beginning of the topic instead of the group''s committed position')
            [CompletionResult]::new('--exit-at-end', '--exit-at-end', [CompletionResultType]::ParameterName, 'Stop at the end of the topic (as it was at the start)')
            [CompletionResult]::new('--no-alerts', '--no-alerts', [CompletionResultType]::ParameterName, 'Only watch: open no alerts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;consume;help' {
            [CompletionResult]::new('anomalies', 'anomalies', [CompletionResultType]::ParameterValue, 'Show anomalies as they arrive and open one OPEN alert per new anomaly')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fleetctl;consume;help;anomalies' {
            break
        }
        'fleetctl;consume;help;help' {
            break
        }
        'fleetctl;alerts' {
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show the current state of each alert')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Resolve an acknowledged alert')
            [CompletionResult]::new('dismiss', 'dismiss', [CompletionResultType]::ParameterValue, 'Dismiss an alert as not a real problem')
            [CompletionResult]::new('intervene', 'intervene', [CompletionResultType]::ParameterValue, 'Record an intervention on the vehicle (acknowledges the alert)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Show who did what to alerts, and when (from the archive when a database is configured)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fleetctl;alerts;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Show only alerts in this state (repeatable)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;alerts;resolve' {
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator id (default: FLEETCTL_OPERATOR, then the context''s operator)')
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'A comment stored with the action')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;alerts;dismiss' {
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator id (default: FLEETCTL_OPERATOR, then the context''s operator)')
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'A comment stored with the action')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;alerts;intervene' {
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator id (default: FLEETCTL_OPERATOR, then the context''s operator)')
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'A comment stored with the action')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;alerts;history' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only what happened since: an age like 30d, or an RFC 3339 time')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;alerts;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show the current state of each alert')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Resolve an acknowledged alert')
            [CompletionResult]::new('dismiss', 'dismiss', [CompletionResultType]::ParameterValue, 'Dismiss an alert as not a real problem')
            [CompletionResult]::new('intervene', 'intervene', [CompletionResultType]::ParameterValue, 'Record an intervention on the vehicle (acknowledges the alert)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Show who did what to alerts, and when (from the archive when a database is configured)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fleetctl;alerts;help;list' {
            break
        }
        'fleetctl;alerts;help;resolve' {
            break
        }
        'fleetctl;alerts;help;dismiss' {
            break
        }
        'fleetctl;alerts;help;intervene' {
            break
        }
        'fleetctl;alerts;help;history' {
            break
        }
        'fleetctl;alerts;help;help' {
            break
        }
        'fleetctl;ack' {
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('alert', 'alert', [CompletionResultType]::ParameterValue, 'Acknowledge an alert (a no-op on an acknowledged one)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fleetctl;ack;alert' {
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Operator id (default: FLEETCTL_OPERATOR, then the context''s operator)')
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'A comment stored with the action')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;ack;help' {
            [CompletionResult]::new('alert', 'alert', [CompletionResultType]::ParameterValue, 'Acknowledge an alert (a no-op on an acknowledged one)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fleetctl;ack;help;alert' {
            break
        }
        'fleetctl;ack;help;help' {
            break
        }
        'fleetctl;generate' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Directory under which completions/ and man/ are written')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma separated')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Named context from the config file to use instead of the current one')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol for the broker connection')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password', '--sasl-password', [CompletionResultType]::ParameterName, 'SASL password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate(s) used to verify the brokers')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Path of the client certificate for mutual TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Path of the client private key for mutual TLS')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'Prefix put before every topic name of the catalog (for example `prod.`)')
            [CompletionResult]::new('--broker-timeout', '--broker-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the brokers to answer a metadata or admin request')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'PostgreSQL URL of the archive (`run archiver`, `archive`, the `history` commands; a password in it is never printed)')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema registry URL (Confluent REST API; Apicurio''s is under /apis/ccompat/v7)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema registry basic-auth user')
            [CompletionResult]::new('--schema-registry-password', '--schema-registry-password', [CompletionResultType]::ParameterName, 'Schema registry basic-auth password (prefer the environment variable; it is never printed)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'Path of the CA certificate used to verify the schema registry''s TLS certificate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data printed on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Log line format on stderr')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Directory holding config.toml and keys/ (default: the platform config directory)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'fleetctl;help' {
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Manage named contexts (brokers, security, topic prefix) in the config file')
            [CompletionResult]::new('topics', 'topics', [CompletionResultType]::ParameterValue, 'Plan, create, list and describe the fleet''s topics against the catalog')
            [CompletionResult]::new('acls', 'acls', [CompletionResultType]::ParameterValue, 'Plan and apply least-privilege ACLs for each role''s principal')
            [CompletionResult]::new('keygen', 'keygen', [CompletionResultType]::ParameterValue, 'Generate an Ed25519 key pair for a signing role')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Inspect the trusted signing keys')
            [CompletionResult]::new('simulate', 'simulate', [CompletionResultType]::ParameterValue, 'Simulate robots: telemetry out, completed commands and halts in')
            [CompletionResult]::new('fleet', 'fleet', [CompletionResultType]::ParameterValue, 'Look at the fleet')
            [CompletionResult]::new('dev', 'dev', [CompletionResultType]::ParameterValue, 'Local development helpers')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a long-running role: executor, retry, control center, safety monitor')
            [CompletionResult]::new('halt', 'halt', [CompletionResultType]::ParameterValue, 'Emergency halt of the whole fleet, a zone or robots; waits for every acknowledgement')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Lift a halt of the same scope; robots resume from their preserved state')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'The whole fleet on an embedded broker: robots, deciders, executor, a staged safety halt')
            [CompletionResult]::new('canary', 'canary', [CompletionResultType]::ParameterValue, 'Canary rollout: failure rates of real and dry-run commands')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'The PostgreSQL archive: schema migrations (`run archiver` fills it)')
            [CompletionResult]::new('dlq', 'dlq', [CompletionResultType]::ParameterValue, 'Inspect and replay the dead-letter queue of robot commands')
            [CompletionResult]::new('lag', 'lag', [CompletionResultType]::ParameterValue, 'Committed offset, log end and lag per partition of consumer groups')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Health checks for CI: brokers, topics against the catalog, lag, DLQ backlog, schemas')
            [CompletionResult]::new('schemas', 'schemas', [CompletionResultType]::ParameterValue, 'The schemas of every record fleetctl writes: list, show, register, check compatibility')
            [CompletionResult]::new('top', 'top', [CompletionResultType]::ParameterValue, 'Live full-screen dashboard: robots, rates, halts, alerts, DLQ, lag (needs a terminal)')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Replay recorded data onto the fleet''s topics')
            [CompletionResult]::new('consume', 'consume', [CompletionResultType]::ParameterValue, 'Read and display records from the fleet''s topics')
            [CompletionResult]::new('alerts', 'alerts', [CompletionResultType]::ParameterValue, 'List and work operator alerts')
            [CompletionResult]::new('ack', 'ack', [CompletionResultType]::ParameterValue, 'Acknowledge something that waits for an operator')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Write shell completions and man pages (used to refresh completions/ and man/)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fleetctl;help;config' {
            [CompletionResult]::new('set-context', 'set-context', [CompletionResultType]::ParameterValue, 'Create or update a named context')
            [CompletionResult]::new('use-context', 'use-context', [CompletionResultType]::ParameterValue, 'Make a context the current one')
            [CompletionResult]::new('get-contexts', 'get-contexts', [CompletionResultType]::ParameterValue, 'List the contexts')
            [CompletionResult]::new('current-context', 'current-context', [CompletionResultType]::ParameterValue, 'Print the name of the current context')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Show the config file with secrets redacted')
            [CompletionResult]::new('delete-context', 'delete-context', [CompletionResultType]::ParameterValue, 'Delete a context')
            break
        }
        'fleetctl;help;config;set-context' {
            break
        }
        'fleetctl;help;config;use-context' {
            break
        }
        'fleetctl;help;config;get-contexts' {
            break
        }
        'fleetctl;help;config;current-context' {
            break
        }
        'fleetctl;help;config;view' {
            break
        }
        'fleetctl;help;config;delete-context' {
            break
        }
        'fleetctl;help;topics' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create the catalog topics that are missing; report drift, never alter it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the catalog topics with their state on the cluster')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show partitions, replication and configs of catalog topics against the catalog')
            break
        }
        'fleetctl;help;topics;create' {
            break
        }
        'fleetctl;help;topics;list' {
            break
        }
        'fleetctl;help;topics;describe' {
            break
        }
        'fleetctl;help;acls' {
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Print the ACLs each assigned role''s principal needs, and nothing more (no broker needed)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Create the planned ACLs that are missing; report extra ones as drift, delete them only with --prune')
            break
        }
        'fleetctl;help;acls;plan' {
            break
        }
        'fleetctl;help;acls;apply' {
            break
        }
        'fleetctl;help;keygen' {
            break
        }
        'fleetctl;help;keys' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the trusted public keys with their roles and key ids')
            break
        }
        'fleetctl;help;keys;list' {
            break
        }
        'fleetctl;help;simulate' {
            [CompletionResult]::new('robots', 'robots', [CompletionResultType]::ParameterValue, 'Simulated robots: telemetry out, completed commands and halts in')
            break
        }
        'fleetctl;help;simulate;robots' {
            break
        }
        'fleetctl;help;fleet' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Robots from robot-state, with counts per status')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'One robot''s readings over a past period, from the archive (needs --postgres)')
            break
        }
        'fleetctl;help;fleet;status' {
            break
        }
        'fleetctl;help;fleet;history' {
            break
        }
        'fleetctl;help;dev' {
            [CompletionResult]::new('broker', 'broker', [CompletionResultType]::ParameterValue, 'Run an embedded Kafka-compatible broker (librdkafka''s mock cluster) until Ctrl-C')
            break
        }
        'fleetctl;help;dev;broker' {
            break
        }
        'fleetctl;help;run' {
            [CompletionResult]::new('control-center', 'control-center', [CompletionResultType]::ParameterValue, 'Issue signed MOVE_TO / RETURN_TO_BASE / CHARGE commands from control telemetry')
            [CompletionResult]::new('safety-monitor', 'safety-monitor', [CompletionResultType]::ParameterValue, 'Watch environment readings; stop robots and halt the fleet on critical readings')
            [CompletionResult]::new('executor', 'executor', [CompletionResultType]::ParameterValue, 'Verify and apply each command exactly once (the robot command consumer)')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Re-issue failed commands with backoff 1 s·2^n, at most MAX_RETRIES times')
            [CompletionResult]::new('anomaly-detector', 'anomaly-detector', [CompletionResultType]::ParameterValue, 'Run the anomaly detector: raw_telemetry in, anomalies out')
            [CompletionResult]::new('archiver', 'archiver', [CompletionResultType]::ParameterValue, 'Archive readings, anomalies, alerts, completions, halts and dead letters into PostgreSQL, exactly once (--postgres / DATABASE_URL)')
            break
        }
        'fleetctl;help;run;control-center' {
            break
        }
        'fleetctl;help;run;safety-monitor' {
            break
        }
        'fleetctl;help;run;executor' {
            break
        }
        'fleetctl;help;run;retry' {
            break
        }
        'fleetctl;help;run;anomaly-detector' {
            break
        }
        'fleetctl;help;run;archiver' {
            break
        }
        'fleetctl;help;halt' {
            break
        }
        'fleetctl;help;resume' {
            break
        }
        'fleetctl;help;demo' {
            break
        }
        'fleetctl;help;canary' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Failure rates of real (canary) and dry-run commands, from completions')
            break
        }
        'fleetctl;help;canary;status' {
            break
        }
        'fleetctl;help;archive' {
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Create or update the archive''s tables (the archiver also does this when it starts)')
            break
        }
        'fleetctl;help;archive;migrate' {
            break
        }
        'fleetctl;help;dlq' {
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Show dead-lettered commands with their decoded command and error (commits nothing)')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Re-publish dead-lettered commands to their original topic, resumably, with a loop guard')
            break
        }
        'fleetctl;help;dlq;inspect' {
            break
        }
        'fleetctl;help;dlq;replay' {
            break
        }
        'fleetctl;help;lag' {
            break
        }
        'fleetctl;help;doctor' {
            break
        }
        'fleetctl;help;schemas' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the schemas of every record fleetctl writes, with their subjects')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print one topic''s schema as the code defines it')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register every schema under its subject with BACKWARD compatibility (idempotent)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the code''s schemas for BACKWARD compatibility against the registry''s latest versions and/or committed schema files; exits 4 on an incompatible change')
            break
        }
        'fleetctl;help;schemas;list' {
            break
        }
        'fleetctl;help;schemas;show' {
            break
        }
        'fleetctl;help;schemas;register' {
            break
        }
        'fleetctl;help;schemas;check' {
            break
        }
        'fleetctl;help;top' {
            break
        }
        'fleetctl;help;replay' {
            [CompletionResult]::new('dataset', 'dataset', [CompletionResultType]::ParameterValue, 'Replay recorded trajectories (CSV or JSON Lines) onto raw_telemetry at their recorded pace')
            break
        }
        'fleetctl;help;replay;dataset' {
            break
        }
        'fleetctl;help;consume' {
            [CompletionResult]::new('anomalies', 'anomalies', [CompletionResultType]::ParameterValue, 'Show anomalies as they arrive and open one OPEN alert per new anomaly')
            break
        }
        'fleetctl;help;consume;anomalies' {
            break
        }
        'fleetctl;help;alerts' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show the current state of each alert')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Resolve an acknowledged alert')
            [CompletionResult]::new('dismiss', 'dismiss', [CompletionResultType]::ParameterValue, 'Dismiss an alert as not a real problem')
            [CompletionResult]::new('intervene', 'intervene', [CompletionResultType]::ParameterValue, 'Record an intervention on the vehicle (acknowledges the alert)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Show who did what to alerts, and when (from the archive when a database is configured)')
            break
        }
        'fleetctl;help;alerts;list' {
            break
        }
        'fleetctl;help;alerts;resolve' {
            break
        }
        'fleetctl;help;alerts;dismiss' {
            break
        }
        'fleetctl;help;alerts;intervene' {
            break
        }
        'fleetctl;help;alerts;history' {
            break
        }
        'fleetctl;help;ack' {
            [CompletionResult]::new('alert', 'alert', [CompletionResultType]::ParameterValue, 'Acknowledge an alert (a no-op on an acknowledged one)')
            break
        }
        'fleetctl;help;ack;alert' {
            break
        }
        'fleetctl;help;generate' {
            break
        }
        'fleetctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
