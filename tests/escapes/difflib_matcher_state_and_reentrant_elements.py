# difflib's SequenceMatcher keeps its indexes as plain attributes (b2j,
# fullbcount, bpopular, matching_blocks, opcodes) that a script can
# replace between calls: b2j pointing at indexes far outside b, negative
# or non-int positions, matching blocks beyond both sequences, a sequence
# set to None; elements whose __hash__/__eq__ clear or refill the very
# lists being compared while the matcher indexes them; a linejunk that
# empties the input mid-compare. Everything must end in Python errors or
# answers, as CPython's pure-Python difflib gives.
import difflib
class Evil(str):
    pass
class K:
    def __init__(self, v, victim): self.v = v; self.victim = victim
    def __hash__(self):
        self.victim.clear(); return hash(self.v)
    def __eq__(self, o):
        self.victim.clear(); self.victim.extend(range(3)); return isinstance(o, K) and self.v == o.v
a = []; b = []
a.extend(K(i % 3, a) for i in range(50))
b.extend(K(i % 4, b) for i in range(60))
for f in (lambda: difflib.SequenceMatcher(None, a, b).get_opcodes(),
          lambda: difflib.SequenceMatcher(None, a, b).ratio(),
          lambda: list(difflib.ndiff(['a\n']*5, ['b\n']*5)),
          lambda: list(difflib.unified_diff(a, b)),
          lambda: difflib.get_close_matches(K(1, a), a),
          lambda: list(difflib.Differ(linejunk=lambda s: a.clear()).compare(['x\n','y\n'], ['x\n','z\n']))):
    try:
        r = f(); print(type(r).__name__, len(r) if hasattr(r, '__len__') else '')
    except Exception as e:
        print(type(e).__name__, e)
sm = difflib.SequenceMatcher(None, 'abcd'*10, 'abce'*10)
sm.b2j.clear(); sm.fullbcount = {1:2}
sm.bpopular = None
sm.matching_blocks = [(10**18, 5, 3)]
try: print(sm.get_opcodes()[:3])
except Exception as e: print(type(e).__name__, e)
sm = difflib.SequenceMatcher(None, 'abcd'*10, 'abce'*10)
sm.b2j = {'a': [10**6, -5, 'x']}
try: print(sm.find_longest_match(0, 40, 0, 40))
except Exception as e: print(type(e).__name__, e)
sm.a = None
try: print(sm.get_matching_blocks())
except Exception as e: print(type(e).__name__, e)
try: print(difflib.SequenceMatcher(None, 'ab', 'ab').find_longest_match(-5, 10**20, -3, 2**63))
except Exception as e: print(type(e).__name__, e)
sm = difflib.SequenceMatcher(None, 'abc', 'abc')
sm.b2j = {'a': [10**6, -5]}
sm.b = 'abc'
try: print(sm.find_longest_match(0, 3, 0, 3))
except Exception as e: print(type(e).__name__, e)
# expect-output: IndexError list index out of range
# expect-output: float 
# expect-output: list 10
# expect-output: TypeError lines to compare must be str, not int (0)
# expect-output: TypeError 'K' object is not iterable
# expect-output: list 3
# expect-output: [('replace', 0, 1000000000000000000, 0, 5), ('equal', 1000000000000000000, 1000000000000000003, 5, 8)]
# expect-output: Match(a=0, b=0, size=3)
# expect-output: TypeError object of type 'NoneType' has no len()
# expect-output: IndexError string index out of range
# expect-output: Match(a=0, b=0, size=3)
