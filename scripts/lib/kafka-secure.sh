# shellcheck shell=bash
# Sourced by scripts/kafka.sh: the secured listeners of `start --secure` (one node), next to the
# PLAINTEXT listener the script itself and the controller use.
#
#   SASL_PLAINTEXT  SCRAM-SHA-256, SCRAM-SHA-512 and PLAIN, no TLS
#   SASL_SSL        the same mechanisms over TLS (server certificate signed by the test CA)
#   SSL             TLS, server authentication only
#   MTLS            TLS requiring a client certificate signed by the test CA
#
# Users (created at format time for SCRAM, in the JAAS line for PLAIN): fleet / fleet-secret.
# Keys and certificates are generated with openssl into DIR/tls: ca.pem, the broker's keystore
# (PKCS12), client.pem / client.key for mTLS, and other-ca.pem, a CA the broker never trusted
# (for the "unknown CA" tests). DIR/secure.env lists the listeners' addresses and those files,
# as shell assignments the tests read.
#
# With --acls as well, the node authorises every request: StandardAuthorizer with
# allow.everyone.if.no.acl.found=false, super user User:ANONYMOUS (what the PLAINTEXT and
# CONTROLLER listeners authenticate as: the script's own checks, the controller, and the broker
# talking to itself) and User:admin (admin / admin-secret, for `fleetctl acls apply` and
# `topics create`). One SCRAM user per fleetctl role (ACL_ROLE_USERS) has no right at all until
# ACLs grant it some; each one's password is its name followed by -secret.

SECURE_USER=fleet
SECURE_PASSWORD=fleet-secret
SECURE_STOREPASS=changeit
ACL_ADMIN_USER=admin
ACL_ROLE_USERS="robots control safety executor retry detector replay operator halt ops"

# Generates the test CA, the broker's keystore and a client certificate in $1/tls.
secure_material() {
  local tls=$1/tls
  mkdir -p "$tls"
  (
    cd "$tls" || exit 1
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=fleetctl test CA" \
      -keyout ca.key -out ca.pem 2>/dev/null
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=some other CA" \
      -keyout other-ca.key -out other-ca.pem 2>/dev/null
    printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' >san.ext
    openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" \
      -keyout broker.key -out broker.csr 2>/dev/null
    openssl x509 -req -in broker.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 \
      -extfile san.ext -out broker.pem 2>/dev/null
    openssl pkcs12 -export -in broker.pem -inkey broker.key -certfile ca.pem \
      -passout "pass:$SECURE_STOREPASS" -name broker -out broker.p12
    openssl req -newkey rsa:2048 -nodes -subj "/CN=fleetctl-client" \
      -keyout client.key -out client.csr 2>/dev/null
    openssl x509 -req -in client.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 \
      -out client.pem 2>/dev/null
  ) || die "generating the test certificates in $tls failed (is openssl installed?)"
}

# Rewrites node 1's listeners for the secured ports $2..$5 and appends the TLS and SASL settings.
# $1: the node's server.properties; the PLAINTEXT and CONTROLLER listeners stay as written.
secure_properties() {
  local props=$1 sp=$2 ss=$3 ssl=$4 mtls=$5 tls=$DIR/tls plain
  plain=$(sed -n 's|^listeners=PLAINTEXT://127\.0\.0\.1:\([0-9]*\),.*|\1|p' "$props")
  local cport
  cport=$(sed -n 's|^listeners=.*CONTROLLER://127\.0\.0\.1:\([0-9]*\).*|\1|p' "$props")
  sed -i \
    -e "s|^listeners=.*|listeners=PLAINTEXT://127.0.0.1:$plain,CONTROLLER://127.0.0.1:$cport,SASL_PLAINTEXT://127.0.0.1:$sp,SASL_SSL://127.0.0.1:$ss,SSL://127.0.0.1:$ssl,MTLS://127.0.0.1:$mtls|" \
    -e "s|^advertised.listeners=.*|advertised.listeners=PLAINTEXT://127.0.0.1:$plain,SASL_PLAINTEXT://127.0.0.1:$sp,SASL_SSL://127.0.0.1:$ss,SSL://127.0.0.1:$ssl,MTLS://127.0.0.1:$mtls|" \
    -e "s|^listener.security.protocol.map=.*|listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT,SASL_SSL:SASL_SSL,SSL:SSL,MTLS:SSL|" \
    "$props"
  local scram='org.apache.kafka.common.security.scram.ScramLoginModule required;'
  local plain_jaas="org.apache.kafka.common.security.plain.PlainLoginModule required user_$SECURE_USER=\"$SECURE_PASSWORD\";"
  {
    printf '# Secured listeners (scripts/lib/kafka-secure.sh)\n'
    printf 'sasl.enabled.mechanisms=SCRAM-SHA-256,SCRAM-SHA-512,PLAIN\n'
    local l
    for l in sasl_plaintext sasl_ssl; do
      printf 'listener.name.%s.scram-sha-256.sasl.jaas.config=%s\n' "$l" "$scram"
      printf 'listener.name.%s.scram-sha-512.sasl.jaas.config=%s\n' "$l" "$scram"
      printf 'listener.name.%s.plain.sasl.jaas.config=%s\n' "$l" "$plain_jaas"
    done
    printf 'ssl.keystore.type=PKCS12\nssl.keystore.location=%s\n' "$tls/broker.p12"
    printf 'ssl.keystore.password=%s\nssl.key.password=%s\n' "$SECURE_STOREPASS" "$SECURE_STOREPASS"
    printf 'ssl.truststore.type=PEM\nssl.truststore.location=%s\n' "$tls/ca.pem"
    printf 'listener.name.mtls.ssl.client.auth=required\n'
  } >>"$props"
}

# Appends the authorizer settings of --acls to the node's server.properties ($1).
acl_properties() {
  {
    printf '# Authorisation (scripts/lib/kafka-secure.sh, --acls)\n'
    printf 'authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer\n'
    printf 'allow.everyone.if.no.acl.found=false\n'
    printf 'super.users=User:ANONYMOUS;User:%s\n' "$ACL_ADMIN_USER"
  } >>"$1"
}

# The StorageTool arguments that create the SCRAM users.
# $1: 1 to add the --acls users too.
secure_format_args() {
  printf '%s\n' --add-scram "SCRAM-SHA-256=[name=$SECURE_USER,password=$SECURE_PASSWORD]" \
    --add-scram "SCRAM-SHA-512=[name=$SECURE_USER,password=$SECURE_PASSWORD]"
  [ "${1:-0}" = 1 ] || return 0
  local u
  for u in $ACL_ADMIN_USER $ACL_ROLE_USERS; do
    printf '%s\n' --add-scram "SCRAM-SHA-256=[name=$u,password=$u-secret]"
  done
}

# Writes $DIR/secure.env for the tests; $5 is 1 with --acls.
secure_env() {
  local sp=$1 ss=$2 ssl=$3 mtls=$4 acls=${5:-0}
  cat >"$DIR/secure.env" <<EOF
# Written by scripts/kafka.sh start --secure: the secured listeners of this test broker.
FLEETCTL_SECURE_SASL_PLAINTEXT=127.0.0.1:$sp
FLEETCTL_SECURE_SASL_SSL=127.0.0.1:$ss
FLEETCTL_SECURE_SSL=127.0.0.1:$ssl
FLEETCTL_SECURE_MTLS=127.0.0.1:$mtls
FLEETCTL_SECURE_USER=$SECURE_USER
FLEETCTL_SECURE_PASSWORD=$SECURE_PASSWORD
FLEETCTL_SECURE_CA=$DIR/tls/ca.pem
FLEETCTL_SECURE_OTHER_CA=$DIR/tls/other-ca.pem
FLEETCTL_SECURE_CLIENT_CERT=$DIR/tls/client.pem
FLEETCTL_SECURE_CLIENT_KEY=$DIR/tls/client.key
EOF
  if [ "$acls" = 1 ]; then
    cat >>"$DIR/secure.env" <<EOF
# --acls: the super user (SCRAM-SHA-256) and the role users (each password is its name + -secret).
FLEETCTL_ACL_ADMIN_USER=$ACL_ADMIN_USER
FLEETCTL_ACL_ADMIN_PASSWORD=$ACL_ADMIN_USER-secret
FLEETCTL_ACL_ROLE_USERS="$ACL_ROLE_USERS"
EOF
  fi
}
