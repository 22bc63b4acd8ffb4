# moat policy: random.SystemRandom needs OS entropy, which the sandbox has none of.
import random

try:
    random.SystemRandom()
except NotImplementedError as e:
    print(str(e))
print(issubclass(random.SystemRandom, random.Random))
print("done")
