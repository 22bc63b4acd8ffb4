class Record:
    def __init__(self, **fields):
        self.fields = fields

    def __getattr__(self, name):
        return self.fields[name]


r = Record(name="ann")
print(r.name)
print(r.age)
