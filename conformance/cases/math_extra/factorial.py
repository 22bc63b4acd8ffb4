# factorial: small table, big results, bools, and the 3.11 errors (floats refused).
import math

def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

print([math.factorial(n) for n in range(0, 23)])
print(math.factorial(30), math.factorial(100) % 10**20, len(str(math.factorial(1000))))
print(math.factorial(True), math.factorial(False), math.factorial(50) // math.factorial(48))
print(sum(int(d) for d in str(math.factorial(200))))
show("neg", math.factorial, -1)
show("neg big", math.factorial, -2**70)
show("huge", math.factorial, 2**70)
show("float", math.factorial, 5.0)
show("float frac", math.factorial, 5.5)
show("str", math.factorial, "5")
show("none", math.factorial, None)
show("noargs", math.factorial)
show("two", math.factorial, 1, 2)
