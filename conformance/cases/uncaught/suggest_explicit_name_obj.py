# An AttributeError raised with name= and obj= gets a suggestion too.
class Record:
    def __init__(self):
        self.title = "t"

    def get(self, key):
        if key not in self.__dict__:
            raise AttributeError(f"no field {key!r}", name=key, obj=self)
        return self.__dict__[key]


r = Record()
print(r.get("title"))
r.get("titel")
