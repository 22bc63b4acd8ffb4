# moat policy: without entropy, uuid4() draws from a generator of its own
# with a fixed start, so every run makes the same UUIDs, and the script's
# own random sequence is left alone.
import random
import uuid

first = random.random()
print(uuid.uuid4())
print(uuid.uuid4())
random.seed(0)
print(first == random.random())
