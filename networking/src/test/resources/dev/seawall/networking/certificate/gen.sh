#!/usr/bin/env bash
# Regenerates the PEM fixtures of the certificate tests (test data only, no real secrets).
# Fixed validity: 2025-01-01 .. 2035-01-01 (tests pin their clocks inside and outside it).
set -euo pipefail
out="${1:-.}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
cat > ca.cnf <<'CNF'
[ ca ]
default_ca = seawall
[ seawall ]
dir = .
database = index.txt
new_certs_dir = .
serial = serial
default_md = sha256
policy = any
unique_subject = no
copy_extensions = copy
[ any ]
commonName = supplied
[ v3_ca ]
basicConstraints = critical,CA:true
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[ v3_leaf ]
basicConstraints = critical,CA:false
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:www.example.com,DNS:example.com
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
CNF
touch index.txt
echo 1000 > serial
sign() { # key csr-subject extensions issuer-cert issuer-key out [selfsign]
  openssl req -new -key "$1" -subj "$2" -out req.csr
  if [ "$4" = self ]; then
    openssl ca -batch -config ca.cnf -selfsign -keyfile "$1" -in req.csr -extensions "$3" \
      -startdate 20250101000000Z -enddate 20350101000000Z -out "$6" -notext
  else
    openssl ca -batch -config ca.cnf -cert "$4" -keyfile "$5" -in req.csr -extensions "$3" \
      -startdate 20250101000000Z -enddate 20350101000000Z -out "$6" -notext
  fi
}
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out root.key
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out intermediate.key
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out leaf-rsa.key
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out leaf-ec.key
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out other.key
sign root.key "/CN=Seawall Test Root" v3_ca self root.key root.pem
sign intermediate.key "/CN=Seawall Test Intermediate" v3_ca root.pem root.key intermediate.pem
sign leaf-rsa.key "/CN=www.example.com" v3_leaf intermediate.pem intermediate.key leaf-rsa.pem
sign leaf-ec.key "/CN=www.example.com" v3_leaf intermediate.pem intermediate.key leaf-ec.pem
sign other.key "/CN=Seawall Other Root" v3_ca self other.key other-root.pem
openssl rsa -in leaf-rsa.key -traditional -out leaf-rsa-pkcs1.key 2>/dev/null
for f in root.pem intermediate.pem leaf-rsa.pem leaf-ec.pem other-root.pem; do
  openssl x509 -in "$f" -out "$out/$f"
done
cp leaf-rsa.key leaf-ec.key other.key leaf-rsa-pkcs1.key "$out/"
