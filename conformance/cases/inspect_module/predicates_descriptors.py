import inspect

class C:
    @property
    def p(self):
        return 1

    def m(self):
        pass

class DataDesc:
    def __get__(self, obj, cls):
        return 1

    def __set__(self, obj, value):
        pass

class NonData:
    def __get__(self, obj, cls):
        return 2

items = [C.__dict__["p"], C.__dict__["m"], DataDesc(), NonData(), str.join, [].append,
         int.__add__, (1).__add__, C, C(), len]
names = ["property", "function", "DataDesc", "NonData", "str.join", "[].append",
         "int.__add__", "(1).__add__", "C", "C()", "len"]
for name, o in zip(names, items):
    print(name, inspect.isdatadescriptor(o), inspect.ismethoddescriptor(o),
          inspect.isroutine(o), inspect.isbuiltin(o), inspect.ismethodwrapper(o))
