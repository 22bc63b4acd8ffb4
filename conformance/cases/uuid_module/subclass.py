import uuid


class Tagged(uuid.UUID):
    __slots__ = ()

    def short(self):
        return self.hex[:8]


t = Tagged("12345678-1234-5678-1234-567812345678")
print(repr(t), t.short(), t == uuid.UUID(str(t)), isinstance(t, uuid.UUID))
print(sorted([Tagged(int=3), Tagged(int=1)]))
