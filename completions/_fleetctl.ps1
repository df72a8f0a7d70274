
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
            [CompletionResult]::new('keygen', 'keygen', [CompletionResultType]::ParameterValue, 'Generate an Ed25519 key pair for a signing role')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Inspect the trusted signing keys')
            [CompletionResult]::new('dev', 'dev', [CompletionResultType]::ParameterValue, 'Local development helpers')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Replay recorded data onto the fleet''s topics')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a long-lived service role until Ctrl-C')
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
            [CompletionResult]::new('anomaly-detector', 'anomaly-detector', [CompletionResultType]::ParameterValue, 'Run the anomaly detector: raw_telemetry in, anomalies out (until Ctrl-C)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fleetctl;run;anomaly-detector' {
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Consumer group')
            [CompletionResult]::new('--decel-threshold', '--decel-threshold', [CompletionResultType]::ParameterName, 'sudden_deceleration: deceleration above this (m/s²)')
            [CompletionResult]::new('--speed-drop-threshold', '--speed-drop-threshold', [CompletionResultType]::ParameterName, 'sudden_deceleration: speed drop above this (m/s) within --decel-window')
            [CompletionResult]::new('--decel-window', '--decel-window', [CompletionResultType]::ParameterName, 'sudden_deceleration: the window of the speed drop')
            [CompletionResult]::new('--label-swing-threshold', '--label-swing-threshold', [CompletionResultType]::ParameterName, 'perception_instability: label probability swing (max − min over 10 frames) above this')
            [CompletionResult]::new('--jitter-threshold', '--jitter-threshold', [CompletionResultType]::ParameterName, 'perception_instability: position off by more than this (m) from where velocity puts it')
            [CompletionResult]::new('--jitter-frames', '--jitter-frames', [CompletionResultType]::ParameterName, 'perception_instability: this many jittery frames among the last 10')
            [CompletionResult]::new('--idle-exit', '--idle-exit', [CompletionResultType]::ParameterName, 'Stop (cleanly) after this long without a record, instead of running until Ctrl-C')
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
            [CompletionResult]::new('anomaly-detector', 'anomaly-detector', [CompletionResultType]::ParameterValue, 'Run the anomaly detector: raw_telemetry in, anomalies out (until Ctrl-C)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'fleetctl;run;help;anomaly-detector' {
            break
        }
        'fleetctl;run;help;help' {
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
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Consumer group')
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
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Show who did what to an alert, and when')
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
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Show who did what to an alert, and when')
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
            [CompletionResult]::new('keygen', 'keygen', [CompletionResultType]::ParameterValue, 'Generate an Ed25519 key pair for a signing role')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Inspect the trusted signing keys')
            [CompletionResult]::new('dev', 'dev', [CompletionResultType]::ParameterValue, 'Local development helpers')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Replay recorded data onto the fleet''s topics')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a long-lived service role until Ctrl-C')
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
        'fleetctl;help;dev' {
            [CompletionResult]::new('broker', 'broker', [CompletionResultType]::ParameterValue, 'Run an embedded Kafka-compatible broker (librdkafka''s mock cluster) until Ctrl-C')
            break
        }
        'fleetctl;help;dev;broker' {
            break
        }
        'fleetctl;help;replay' {
            [CompletionResult]::new('dataset', 'dataset', [CompletionResultType]::ParameterValue, 'Replay recorded trajectories (CSV or JSON Lines) onto raw_telemetry at their recorded pace')
            break
        }
        'fleetctl;help;replay;dataset' {
            break
        }
        'fleetctl;help;run' {
            [CompletionResult]::new('anomaly-detector', 'anomaly-detector', [CompletionResultType]::ParameterValue, 'Run the anomaly detector: raw_telemetry in, anomalies out (until Ctrl-C)')
            break
        }
        'fleetctl;help;run;anomaly-detector' {
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
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Show who did what to an alert, and when')
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
