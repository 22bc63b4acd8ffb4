import copy
import uuid

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u.is_safe, uuid.SafeUUID.safe.value, uuid.SafeUUID.unsafe.value)
print(list(uuid.SafeUUID))
v = uuid.UUID(int=u.int, is_safe=uuid.SafeUUID.safe)
print(v.is_safe, u == v)
print(u.__getstate__(), v.__getstate__())
print(copy.copy(u) == u, copy.deepcopy(v).is_safe)
w = uuid.UUID.__new__(uuid.UUID)
w.__setstate__({"int": 99, "is_safe": -1})
print(w, w.is_safe)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, sep=" | ")
