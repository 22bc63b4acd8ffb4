# Every hash constructor and update() takes an array.array as a buffer: its
# machine bytes are hashed, as CPython reads the array's memory; a
# subclass's tobytes() override is not asked.
import array
import hashlib

class Loud(array.array):
    def tobytes(self):
        return b"not these"

samples = [array.array("B", b"xy"), array.array("b", [120, 121]),
           array.array("H", [1, 2]), array.array("d", [1.5]),
           array.array("B"), Loud("B", b"xy")]
for name in sorted(hashlib.algorithms_guaranteed):
    ctor = getattr(hashlib, name)
    for sample in samples:
        raw = array.array.tobytes(sample)
        direct = ctor(sample)
        updated = ctor()
        updated.update(sample)
        updated.update(sample)
        via_new = hashlib.new(name, sample)
        if name.startswith("shake"):
            same = (direct.hexdigest(8) == ctor(raw).hexdigest(8)
                    == via_new.hexdigest(8)
                    and updated.hexdigest(8) == ctor(raw + raw).hexdigest(8))
        else:
            same = (direct.hexdigest() == ctor(raw).hexdigest()
                    == via_new.hexdigest()
                    and updated.hexdigest() == ctor(raw + raw).hexdigest())
        print(name, sample.typecode, type(sample).__name__, same)
print(hashlib.sha256(array.array("B", b"abc")).hexdigest())
print(hashlib.blake2b(array.array("B", b"abc"), digest_size=8).hexdigest())
