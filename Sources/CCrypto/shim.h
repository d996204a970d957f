#ifndef BUREAUWATCH_CCRYPTO_SHIM_H
#define BUREAUWATCH_CCRYPTO_SHIM_H
// Only the EVP digest and one-shot HMAC interfaces: neither is deprecated in OpenSSL 3.
#include <openssl/evp.h>
#include <openssl/hmac.h>
#endif
