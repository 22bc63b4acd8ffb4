// File: stdlib_safe/hashlib_module.h
//
// `_hashlib`, the native core under `hashlib` and `hmac` (stdlib_safe/py/
// hashlib.py, py/hmac.py), as CPython 3.11's Modules/_hashopenssl.c and
// Modules/_blake2/: the digests come from maintained libraries, never from
// code of ours.
//
// * `_hashlib.HASH` and `_hashlib.HASHXOF` (the shake digests) wrap an
//   OpenSSL EVP digest context: md5, sha1, the sha2 and sha3 families,
//   shake_128/256, sha512_224/256, ripemd160, sm3, md5-sha1. The context
//   lives outside the heap; each object charges the memory budget a fixed
//   kEvpContextBytes for it and gives it back when collected.
// * `_blake2.blake2b` and `_blake2.blake2s` are libb2's, with every BLAKE2
//   parameter CPython takes (digest_size, key, salt, person, fanout, depth,
//   leaf_size, node_offset, node_depth, inner_size, last_node); their state
//   is plain data inside the object.
// * `pbkdf2_hmac` (OpenSSL's PKCS5_PBKDF2_HMAC) and `compare_digest`.
//
// Budgets: hashing charges the instruction budget before hashing, by the
// bytes hashed times the digest's measured cost (ChargeHashing: about the
// time the loop would spend on as many instructions), pbkdf2_hmac by
// iterations times output blocks, and long shake outputs are charged the
// same and allocate through the heap.
//
// OpenSSL is initialised on first use with OPENSSL_INIT_NO_LOAD_CONFIG, so
// it reads no configuration file (nor any other file): hashlib works in the
// isolated child, whose seccomp filter kills on openat.
#ifndef MOAT_STDLIB_SAFE_HASHLIB_MODULE_H_
#define MOAT_STDLIB_SAFE_HASHLIB_MODULE_H_

#include "vm/interp.h"
#include "vm/objects/module.h"

namespace moat::stdlib {

// What one OpenSSL digest context is charged to the memory budget (the
// context plus the largest digest state, SHA-3's, rounded up).
inline constexpr size_t kEvpContextBytes = 512;

// Fills a fresh `_hashlib` module (registry.cc). False with an exception
// pending.
bool InitHashlibCoreModule(vm::Interp& vm, vm::ModuleObject* module);

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_HASHLIB_MODULE_H_
