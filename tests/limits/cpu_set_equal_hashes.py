# The set version of cpu_dict_equal_hashes: probes of equal hashes are
# charged, including the rehash when the table grows.
# args: --max-instructions 100000000
# limit: instructions
class Key:
    def __hash__(self):
        return 0


s = set()
while True:
    s.add(Key())
