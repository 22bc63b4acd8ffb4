# Keys whose __hash__ is 0 and that compare by identity: every insertion
# walks all the keys before it. The probes are charged, so the quadratic
# work is not free.
# args: --max-instructions 100000000
# limit: instructions
class Key:
    def __hash__(self):
        return 0


d = {}
while True:
    d[Key()] = None
