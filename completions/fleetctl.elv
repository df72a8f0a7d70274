
use builtin;
use str;

set edit:completion:arg-completer[fleetctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'fleetctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'fleetctl'= {
            cand --brokers 'Kafka bootstrap servers, comma separated'
            cand --context 'Named context from the config file to use instead of the current one'
            cand --security-protocol 'Security protocol for the broker connection'
            cand --sasl-mechanism 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)'
            cand --sasl-username 'SASL username'
            cand --sasl-password 'SASL password (prefer the environment variable; it is never printed)'
            cand --tls-ca 'Path of the CA certificate(s) used to verify the brokers'
            cand --tls-cert 'Path of the client certificate for mutual TLS'
            cand --tls-key 'Path of the client private key for mutual TLS'
            cand -X 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)'
            cand --topic-prefix 'Prefix put before every topic name of the catalog (for example `prod.`)'
            cand --broker-timeout 'How long to wait for the brokers to answer a metadata or admin request'
            cand --format 'Output format for data printed on stdout'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --log-format 'Log line format on stderr'
            cand --config-dir 'Directory holding config.toml and keys/ (default: the platform config directory)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand config 'Manage named contexts (brokers, security, topic prefix) in the config file'
            cand topics 'Plan, create, list and describe the fleet''s topics against the catalog'
            cand keygen 'Generate an Ed25519 key pair for a signing role'
            cand keys 'Inspect the trusted signing keys'
            cand dev 'Local development helpers'
            cand generate 'Write shell completions and man pages (used to refresh completions/ and man/)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fleetctl;config'= {
            cand --brokers 'Kafka bootstrap servers, comma separated'
            cand --context 'Named context from the config file to use instead of the current one'
            cand --security-protocol 'Security protocol for the broker connection'
            cand --sasl-mechanism 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)'
            cand --sasl-username 'SASL username'
            cand --sasl-password 'SASL password (prefer the environment variable; it is never printed)'
            cand --tls-ca 'Path of the CA certificate(s) used to verify the brokers'
            cand --tls-cert 'Path of the client certificate for mutual TLS'
            cand --tls-key 'Path of the client private key for mutual TLS'
            cand -X 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)'
            cand --topic-prefix 'Prefix put before every topic name of the catalog (for example `prod.`)'
            cand --broker-timeout 'How long to wait for the brokers to answer a metadata or admin request'
            cand --format 'Output format for data printed on stdout'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --log-format 'Log line format on stderr'
            cand --config-dir 'Directory holding config.toml and keys/ (default: the platform config directory)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand set-context 'Create or update a named context'
            cand use-context 'Make a context the current one'
            cand get-contexts 'List the contexts'
            cand current-context 'Print the name of the current context'
            cand view 'Show the config file with secrets redacted'
            cand delete-context 'Delete a context'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fleetctl;config;set-context'= {
            cand --replication-factor 'Replication factor of created topics'
            cand --operator 'Operator id recorded on alert actions'
            cand --brokers 'Kafka bootstrap servers, comma separated'
            cand --context 'Named context from the config file to use instead of the current one'
            cand --security-protocol 'Security protocol for the broker connection'
            cand --sasl-mechanism 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)'
            cand --sasl-username 'SASL username'
            cand --sasl-password 'SASL password (prefer the environment variable; it is never printed)'
            cand --tls-ca 'Path of the CA certificate(s) used to verify the brokers'
            cand --tls-cert 'Path of the client certificate for mutual TLS'
            cand --tls-key 'Path of the client private key for mutual TLS'
            cand -X 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)'
            cand --topic-prefix 'Prefix put before every topic name of the catalog (for example `prod.`)'
            cand --broker-timeout 'How long to wait for the brokers to answer a metadata or admin request'
            cand --format 'Output format for data printed on stdout'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --log-format 'Log line format on stderr'
            cand --config-dir 'Directory holding config.toml and keys/ (default: the platform config directory)'
            cand --use 'Also make this the current context'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fleetctl;config;use-context'= {
            cand --brokers 'Kafka bootstrap servers, comma separated'
            cand --context 'Named context from the config file to use instead of the current one'
            cand --security-protocol 'Security protocol for the broker connection'
            cand --sasl-mechanism 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)'
            cand --sasl-username 'SASL username'
            cand --sasl-password 'SASL password (prefer the environment variable; it is never printed)'
            cand --tls-ca 'Path of the CA certificate(s) used to verify the brokers'
            cand --tls-cert 'Path of the client certificate for mutual TLS'
            cand --tls-key 'Path of the client private key for mutual TLS'
            cand -X 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)'
            cand --topic-prefix 'Prefix put before every topic name of the catalog (for example `prod.`)'
            cand --broker-timeout 'How long to wait for the brokers to answer a metadata or admin request'
            cand --format 'Output format for data printed on stdout'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --log-format 'Log line format on stderr'
            cand --config-dir 'Directory holding config.toml and keys/ (default: the platform config directory)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fleetctl;config;get-contexts'= {
            cand --brokers 'Kafka bootstrap servers, comma separated'
            cand --context 'Named context from the config file to use instead of the current one'
            cand --security-protocol 'Security protocol for the broker connection'
            cand --sasl-mechanism 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)'
            cand --sasl-username 'SASL username'
            cand --sasl-password 'SASL password (prefer the environment variable; it is never printed)'
            cand --tls-ca 'Path of the CA certificate(s) used to verify the brokers'
            cand --tls-cert 'Path of the client certificate for mutual TLS'
            cand --tls-key 'Path of the client private key for mutual TLS'
            cand -X 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)'
            cand --topic-prefix 'Prefix put before every topic name of the catalog (for example `prod.`)'
            cand --broker-timeout 'How long to wait for the brokers to answer a metadata or admin request'
            cand --format 'Output format for data printed on stdout'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --log-format 'Log line format on stderr'
            cand --config-dir 'Directory holding config.toml and keys/ (default: the platform config directory)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fleetctl;config;current-context'= {
            cand --brokers 'Kafka bootstrap servers, comma separated'
            cand --context 'Named context from the config file to use instead of the current one'
            cand --security-protocol 'Security protocol for the broker connection'
            cand --sasl-mechanism 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)'
            cand --sasl-username 'SASL username'
            cand --sasl-password 'SASL password (prefer the environment variable; it is never printed)'
            cand --tls-ca 'Path of the CA certificate(s) used to verify the brokers'
            cand --tls-cert 'Path of the client certificate for mutual TLS'
            cand --tls-key 'Path of the client private key for mutual TLS'
            cand -X 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)'
            cand --topic-prefix 'Prefix put before every topic name of the catalog (for example `prod.`)'
            cand --broker-timeout 'How long to wait for the brokers to answer a metadata or admin request'
            cand --format 'Output format for data printed on stdout'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --log-format 'Log line format on stderr'
            cand --config-dir 'Directory holding config.toml and keys/ (default: the platform config directory)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fleetctl;config;view'= {
            cand --brokers 'Kafka bootstrap servers, comma separated'
            cand --context 'Named context from the config file to use instead of the current one'
            cand --security-protocol 'Security protocol for the broker connection'
            cand --sasl-mechanism 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)'
            cand --sasl-username 'SASL username'
            cand --sasl-password 'SASL password (prefer the environment variable; it is never printed)'
            cand --tls-ca 'Path of the CA certificate(s) used to verify the brokers'
            cand --tls-cert 'Path of the client certificate for mutual TLS'
            cand --tls-key 'Path of the client private key for mutual TLS'
            cand -X 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)'
            cand --topic-prefix 'Prefix put before every topic name of the catalog (for example `prod.`)'
            cand --broker-timeout 'How long to wait for the brokers to answer a metadata or admin request'
            cand --format 'Output format for data printed on stdout'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --log-format 'Log line format on stderr'
            cand --config-dir 'Directory holding config.toml and keys/ (default: the platform config directory)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fleetctl;config;delete-context'= {
            cand --brokers 'Kafka bootstrap servers, comma separated'
            cand --context 'Named context from the config file to use instead of the current one'
            cand --security-protocol 'Security protocol for the broker connection'
            cand --sasl-mechanism 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)'
            cand --sasl-username 'SASL username'
            cand --sasl-password 'SASL password (prefer the environment variable; it is never printed)'
            cand --tls-ca 'Path of the CA certificate(s) used to verify the brokers'
            cand --tls-cert 'Path of the client certificate for mutual TLS'
            cand --tls-key 'Path of the client private key for mutual TLS'
            cand -X 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)'
            cand --topic-prefix 'Prefix put before every topic name of the catalog (for example `prod.`)'
            cand --broker-timeout 'How long to wait for the brokers to answer a metadata or admin request'
            cand --format 'Output format for data printed on stdout'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --log-format 'Log line format on stderr'
            cand --config-dir 'Directory holding config.toml and keys/ (default: the platform config directory)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fleetctl;config;help'= {
            cand set-context 'Create or update a named context'
            cand use-context 'Make a context the current one'
            cand get-contexts 'List the contexts'
            cand current-context 'Print the name of the current context'
            cand view 'Show the config file with secrets redacted'
            cand delete-context 'Delete a context'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fleetctl;config;help;set-context'= {
        }
        &'fleetctl;config;help;use-context'= {
        }
        &'fleetctl;config;help;get-contexts'= {
        }
        &'fleetctl;config;help;current-context'= {
        }
        &'fleetctl;config;help;view'= {
        }
        &'fleetctl;config;help;delete-context'= {
        }
        &'fleetctl;config;help;help'= {
        }
        &'fleetctl;topics'= {
            cand --brokers 'Kafka bootstrap servers, comma separated'
            cand --context 'Named context from the config file to use instead of the current one'
            cand --security-protocol 'Security protocol for the broker connection'
            cand --sasl-mechanism 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)'
            cand --sasl-username 'SASL username'
            cand --sasl-password 'SASL password (prefer the environment variable; it is never printed)'
            cand --tls-ca 'Path of the CA certificate(s) used to verify the brokers'
            cand --tls-cert 'Path of the client certificate for mutual TLS'
            cand --tls-key 'Path of the client private key for mutual TLS'
            cand -X 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)'
            cand --topic-prefix 'Prefix put before every topic name of the catalog (for example `prod.`)'
            cand --broker-timeout 'How long to wait for the brokers to answer a metadata or admin request'
            cand --format 'Output format for data printed on stdout'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --log-format 'Log line format on stderr'
            cand --config-dir 'Directory holding config.toml and keys/ (default: the platform config directory)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create the catalog topics that are missing; report drift, never alter it'
            cand list 'List the catalog topics with their state on the cluster'
            cand describe 'Show partitions, replication and configs of catalog topics against the catalog'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fleetctl;topics;create'= {
            cand --robots 'Fleet size the per-robot topics are sized for'
            cand --partitions-per-100-robots 'Partitions per 100 robots for per-robot topics (at least 3 in all)'
            cand --brokers 'Kafka bootstrap servers, comma separated'
            cand --context 'Named context from the config file to use instead of the current one'
            cand --security-protocol 'Security protocol for the broker connection'
            cand --sasl-mechanism 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)'
            cand --sasl-username 'SASL username'
            cand --sasl-password 'SASL password (prefer the environment variable; it is never printed)'
            cand --tls-ca 'Path of the CA certificate(s) used to verify the brokers'
            cand --tls-cert 'Path of the client certificate for mutual TLS'
            cand --tls-key 'Path of the client private key for mutual TLS'
            cand -X 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)'
            cand --topic-prefix 'Prefix put before every topic name of the catalog (for example `prod.`)'
            cand --broker-timeout 'How long to wait for the brokers to answer a metadata or admin request'
            cand --format 'Output format for data printed on stdout'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --log-format 'Log line format on stderr'
            cand --config-dir 'Directory holding config.toml and keys/ (default: the platform config directory)'
            cand --dry-run 'Print the plan (create / unchanged / drift) without touching the cluster'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fleetctl;topics;list'= {
            cand --robots 'Fleet size the per-robot topics are sized for'
            cand --partitions-per-100-robots 'Partitions per 100 robots for per-robot topics (at least 3 in all)'
            cand --brokers 'Kafka bootstrap servers, comma separated'
            cand --context 'Named context from the config file to use instead of the current one'
            cand --security-protocol 'Security protocol for the broker connection'
            cand --sasl-mechanism 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)'
            cand --sasl-username 'SASL username'
            cand --sasl-password 'SASL password (prefer the environment variable; it is never printed)'
            cand --tls-ca 'Path of the CA certificate(s) used to verify the brokers'
            cand --tls-cert 'Path of the client certificate for mutual TLS'
            cand --tls-key 'Path of the client private key for mutual TLS'
            cand -X 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)'
            cand --topic-prefix 'Prefix put before every topic name of the catalog (for example `prod.`)'
            cand --broker-timeout 'How long to wait for the brokers to answer a metadata or admin request'
            cand --format 'Output format for data printed on stdout'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --log-format 'Log line format on stderr'
            cand --config-dir 'Directory holding config.toml and keys/ (default: the platform config directory)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fleetctl;topics;describe'= {
            cand --robots 'Fleet size the per-robot topics are sized for'
            cand --partitions-per-100-robots 'Partitions per 100 robots for per-robot topics (at least 3 in all)'
            cand --brokers 'Kafka bootstrap servers, comma separated'
            cand --context 'Named context from the config file to use instead of the current one'
            cand --security-protocol 'Security protocol for the broker connection'
            cand --sasl-mechanism 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)'
            cand --sasl-username 'SASL username'
            cand --sasl-password 'SASL password (prefer the environment variable; it is never printed)'
            cand --tls-ca 'Path of the CA certificate(s) used to verify the brokers'
            cand --tls-cert 'Path of the client certificate for mutual TLS'
            cand --tls-key 'Path of the client private key for mutual TLS'
            cand -X 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)'
            cand --topic-prefix 'Prefix put before every topic name of the catalog (for example `prod.`)'
            cand --broker-timeout 'How long to wait for the brokers to answer a metadata or admin request'
            cand --format 'Output format for data printed on stdout'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --log-format 'Log line format on stderr'
            cand --config-dir 'Directory holding config.toml and keys/ (default: the platform config directory)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fleetctl;topics;help'= {
            cand create 'Create the catalog topics that are missing; report drift, never alter it'
            cand list 'List the catalog topics with their state on the cluster'
            cand describe 'Show partitions, replication and configs of catalog topics against the catalog'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fleetctl;topics;help;create'= {
        }
        &'fleetctl;topics;help;list'= {
        }
        &'fleetctl;topics;help;describe'= {
        }
        &'fleetctl;topics;help;help'= {
        }
        &'fleetctl;keygen'= {
            cand --role 'Signing role the key is for'
            cand --out 'Directory to write `<role>.key` and `<role>.pub` into (default: the keys/ config dir)'
            cand --brokers 'Kafka bootstrap servers, comma separated'
            cand --context 'Named context from the config file to use instead of the current one'
            cand --security-protocol 'Security protocol for the broker connection'
            cand --sasl-mechanism 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)'
            cand --sasl-username 'SASL username'
            cand --sasl-password 'SASL password (prefer the environment variable; it is never printed)'
            cand --tls-ca 'Path of the CA certificate(s) used to verify the brokers'
            cand --tls-cert 'Path of the client certificate for mutual TLS'
            cand --tls-key 'Path of the client private key for mutual TLS'
            cand -X 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)'
            cand --topic-prefix 'Prefix put before every topic name of the catalog (for example `prod.`)'
            cand --broker-timeout 'How long to wait for the brokers to answer a metadata or admin request'
            cand --format 'Output format for data printed on stdout'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --log-format 'Log line format on stderr'
            cand --config-dir 'Directory holding config.toml and keys/ (default: the platform config directory)'
            cand --force 'Overwrite an existing key file'
            cand --env 'Print the key as `ROLE_PRIVATE_KEY_B64=` / `ROLE_PUBLIC_KEY_B64=` lines instead of writing files'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fleetctl;keys'= {
            cand --brokers 'Kafka bootstrap servers, comma separated'
            cand --context 'Named context from the config file to use instead of the current one'
            cand --security-protocol 'Security protocol for the broker connection'
            cand --sasl-mechanism 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)'
            cand --sasl-username 'SASL username'
            cand --sasl-password 'SASL password (prefer the environment variable; it is never printed)'
            cand --tls-ca 'Path of the CA certificate(s) used to verify the brokers'
            cand --tls-cert 'Path of the client certificate for mutual TLS'
            cand --tls-key 'Path of the client private key for mutual TLS'
            cand -X 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)'
            cand --topic-prefix 'Prefix put before every topic name of the catalog (for example `prod.`)'
            cand --broker-timeout 'How long to wait for the brokers to answer a metadata or admin request'
            cand --format 'Output format for data printed on stdout'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --log-format 'Log line format on stderr'
            cand --config-dir 'Directory holding config.toml and keys/ (default: the platform config directory)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the trusted public keys with their roles and key ids'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fleetctl;keys;list'= {
            cand --brokers 'Kafka bootstrap servers, comma separated'
            cand --context 'Named context from the config file to use instead of the current one'
            cand --security-protocol 'Security protocol for the broker connection'
            cand --sasl-mechanism 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)'
            cand --sasl-username 'SASL username'
            cand --sasl-password 'SASL password (prefer the environment variable; it is never printed)'
            cand --tls-ca 'Path of the CA certificate(s) used to verify the brokers'
            cand --tls-cert 'Path of the client certificate for mutual TLS'
            cand --tls-key 'Path of the client private key for mutual TLS'
            cand -X 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)'
            cand --topic-prefix 'Prefix put before every topic name of the catalog (for example `prod.`)'
            cand --broker-timeout 'How long to wait for the brokers to answer a metadata or admin request'
            cand --format 'Output format for data printed on stdout'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --log-format 'Log line format on stderr'
            cand --config-dir 'Directory holding config.toml and keys/ (default: the platform config directory)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fleetctl;keys;help'= {
            cand list 'List the trusted public keys with their roles and key ids'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fleetctl;keys;help;list'= {
        }
        &'fleetctl;keys;help;help'= {
        }
        &'fleetctl;dev'= {
            cand --brokers 'Kafka bootstrap servers, comma separated'
            cand --context 'Named context from the config file to use instead of the current one'
            cand --security-protocol 'Security protocol for the broker connection'
            cand --sasl-mechanism 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)'
            cand --sasl-username 'SASL username'
            cand --sasl-password 'SASL password (prefer the environment variable; it is never printed)'
            cand --tls-ca 'Path of the CA certificate(s) used to verify the brokers'
            cand --tls-cert 'Path of the client certificate for mutual TLS'
            cand --tls-key 'Path of the client private key for mutual TLS'
            cand -X 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)'
            cand --topic-prefix 'Prefix put before every topic name of the catalog (for example `prod.`)'
            cand --broker-timeout 'How long to wait for the brokers to answer a metadata or admin request'
            cand --format 'Output format for data printed on stdout'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --log-format 'Log line format on stderr'
            cand --config-dir 'Directory holding config.toml and keys/ (default: the platform config directory)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand broker 'Run an embedded Kafka-compatible broker (librdkafka''s mock cluster) until Ctrl-C'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fleetctl;dev;broker'= {
            cand --context-name 'Name of the context written to the config file, pointing at this broker'
            cand --robots 'Fleet size used to size the per-robot topics'
            cand --brokers 'Kafka bootstrap servers, comma separated'
            cand --context 'Named context from the config file to use instead of the current one'
            cand --security-protocol 'Security protocol for the broker connection'
            cand --sasl-mechanism 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)'
            cand --sasl-username 'SASL username'
            cand --sasl-password 'SASL password (prefer the environment variable; it is never printed)'
            cand --tls-ca 'Path of the CA certificate(s) used to verify the brokers'
            cand --tls-cert 'Path of the client certificate for mutual TLS'
            cand --tls-key 'Path of the client private key for mutual TLS'
            cand -X 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)'
            cand --topic-prefix 'Prefix put before every topic name of the catalog (for example `prod.`)'
            cand --broker-timeout 'How long to wait for the brokers to answer a metadata or admin request'
            cand --format 'Output format for data printed on stdout'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --log-format 'Log line format on stderr'
            cand --config-dir 'Directory holding config.toml and keys/ (default: the platform config directory)'
            cand --no-context 'Do not write the context to the config file'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fleetctl;dev;help'= {
            cand broker 'Run an embedded Kafka-compatible broker (librdkafka''s mock cluster) until Ctrl-C'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fleetctl;dev;help;broker'= {
        }
        &'fleetctl;dev;help;help'= {
        }
        &'fleetctl;generate'= {
            cand --out 'Directory under which completions/ and man/ are written'
            cand --brokers 'Kafka bootstrap servers, comma separated'
            cand --context 'Named context from the config file to use instead of the current one'
            cand --security-protocol 'Security protocol for the broker connection'
            cand --sasl-mechanism 'SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER)'
            cand --sasl-username 'SASL username'
            cand --sasl-password 'SASL password (prefer the environment variable; it is never printed)'
            cand --tls-ca 'Path of the CA certificate(s) used to verify the brokers'
            cand --tls-cert 'Path of the client certificate for mutual TLS'
            cand --tls-key 'Path of the client private key for mutual TLS'
            cand -X 'Any librdkafka property, as KEY=VALUE (repeatable; overrides everything else)'
            cand --topic-prefix 'Prefix put before every topic name of the catalog (for example `prod.`)'
            cand --broker-timeout 'How long to wait for the brokers to answer a metadata or admin request'
            cand --format 'Output format for data printed on stdout'
            cand --color 'When to use colour (NO_COLOR in the environment means never)'
            cand --log-format 'Log line format on stderr'
            cand --config-dir 'Directory holding config.toml and keys/ (default: the platform config directory)'
            cand -q 'Print only data and errors'
            cand --quiet 'Print only data and errors'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'fleetctl;help'= {
            cand config 'Manage named contexts (brokers, security, topic prefix) in the config file'
            cand topics 'Plan, create, list and describe the fleet''s topics against the catalog'
            cand keygen 'Generate an Ed25519 key pair for a signing role'
            cand keys 'Inspect the trusted signing keys'
            cand dev 'Local development helpers'
            cand generate 'Write shell completions and man pages (used to refresh completions/ and man/)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'fleetctl;help;config'= {
            cand set-context 'Create or update a named context'
            cand use-context 'Make a context the current one'
            cand get-contexts 'List the contexts'
            cand current-context 'Print the name of the current context'
            cand view 'Show the config file with secrets redacted'
            cand delete-context 'Delete a context'
        }
        &'fleetctl;help;config;set-context'= {
        }
        &'fleetctl;help;config;use-context'= {
        }
        &'fleetctl;help;config;get-contexts'= {
        }
        &'fleetctl;help;config;current-context'= {
        }
        &'fleetctl;help;config;view'= {
        }
        &'fleetctl;help;config;delete-context'= {
        }
        &'fleetctl;help;topics'= {
            cand create 'Create the catalog topics that are missing; report drift, never alter it'
            cand list 'List the catalog topics with their state on the cluster'
            cand describe 'Show partitions, replication and configs of catalog topics against the catalog'
        }
        &'fleetctl;help;topics;create'= {
        }
        &'fleetctl;help;topics;list'= {
        }
        &'fleetctl;help;topics;describe'= {
        }
        &'fleetctl;help;keygen'= {
        }
        &'fleetctl;help;keys'= {
            cand list 'List the trusted public keys with their roles and key ids'
        }
        &'fleetctl;help;keys;list'= {
        }
        &'fleetctl;help;dev'= {
            cand broker 'Run an embedded Kafka-compatible broker (librdkafka''s mock cluster) until Ctrl-C'
        }
        &'fleetctl;help;dev;broker'= {
        }
        &'fleetctl;help;generate'= {
        }
        &'fleetctl;help;help'= {
        }
    ]
    $completions[$command]
}
