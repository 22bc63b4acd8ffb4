import hashlib
h = hashlib.sha256(); h.update(b"a"); h.update(b"bc"); print(h.hexdigest() == hashlib.sha256(b"abc").hexdigest(), h.name, h.digest_size, h.block_size, hashlib.new("md5", b"x").hexdigest()[:6], sorted(hashlib.algorithms_guaranteed)[:4])
hashlib.sha256("text")
