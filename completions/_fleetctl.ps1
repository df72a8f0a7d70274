
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
