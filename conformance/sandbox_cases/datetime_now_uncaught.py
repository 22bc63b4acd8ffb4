# moat policy: datetime.now() needs the clock the sandbox does not have.
from datetime import datetime

print("before")
print(datetime.now())
