import random
import uuid

# uuid4's values differ between runs of CPython; what they are made of does not.
random.seed(7)
before = random.random()
made = [uuid.uuid4() for _ in range(200)]
print(len(set(made)), all(u.version == 4 for u in made))
print(all(u.variant == uuid.RFC_4122 for u in made))
print(all(len(str(u)) == 36 and str(u)[14] == "4" for u in made))
print(all(str(u)[19] in "89ab" for u in made))
print(type(made[0]).__name__, isinstance(made[0], uuid.UUID))
random.seed(7)
print(random.random() == before)
