# moat policy: uuid1() and getnode() read the clock and the host's hardware
# address, which the sandbox has neither of; uuid3/uuid4/uuid5 work.
import uuid

for fn in (uuid.uuid1, uuid.getnode):
    try:
        fn()
    except NotImplementedError as e:
        print(str(e))
print(uuid.uuid4().version, uuid.uuid5(uuid.NAMESPACE_DNS, "a").version)
print("done")
