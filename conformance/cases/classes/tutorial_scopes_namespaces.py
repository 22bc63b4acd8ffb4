def scope_test():
    def do_local():
        spam = "local spam"
    def do_nonlocal():
        nonlocal spam
        spam = "nonlocal spam"
    def do_global():
        global spam
        spam = "global spam"
    spam = "test spam"
    do_local()
    print("After local assignment:", spam)
    do_nonlocal()
    print("After nonlocal assignment:", spam)
    do_global()
    print("After global assignment:", spam)
scope_test()
print("In global scope:", spam)
class MyClass:
    """A simple example class"""
    i = 12345
    def f(self):
        return 'hello world'
x = MyClass()
print(MyClass.i, x.f(), MyClass.__doc__, MyClass.f(x))
class Complex:
    def __init__(self, realpart, imagpart):
        self.r = realpart
        self.i = imagpart
x = Complex(3.0, -4.5)
print(x.r, x.i)
x.counter = 1
while x.counter < 10:
    x.counter = x.counter * 2
print(x.counter)
del x.counter
try:
    x.counter
except AttributeError as e:
    print('AttributeError:', e)
class Dog:
    kind = 'canine'
    tricks_shared = []
    def __init__(self, name):
        self.name = name
        self.tricks = []
    def add_trick(self, trick):
        self.tricks.append(trick)
        Dog.tricks_shared.append(trick)
d = Dog('Fido'); e = Dog('Buddy')
d.add_trick('roll over'); e.add_trick('play dead')
print(d.kind, e.kind, d.name, e.name, d.tricks, e.tricks, Dog.tricks_shared)
class Warehouse:
    purpose = 'storage'
    region = 'west'
w1 = Warehouse()
print(w1.purpose, w1.region)
w2 = Warehouse()
w2.region = 'east'
print(w2.purpose, w2.region, Warehouse.region)
class Bag:
    def __init__(self):
        self.data = []
    def add(self, x):
        self.data.append(x)
    def addtwice(self, x):
        self.add(x)
        self.add(x)
b = Bag(); b.addtwice(3); b.add('q'); print(b.data)
class Mapping:
    def __init__(self, iterable):
        self.items_list = []
        self.__update(iterable)
    def update(self, iterable):
        for item in iterable:
            self.items_list.append(item)
    __update = update
class MappingSubclass(Mapping):
    def update(self, keys, values):
        for item in zip(keys, values):
            self.items_list.append(item)
m = MappingSubclass([1, 2])
m.update('ab', [3, 4])
print(m.items_list, hasattr(m, '__update'), hasattr(m, '_Mapping__update'))
class Secret:
    def __init__(self):
        self.__hidden = 42
        self._semi = 1
s = Secret()
print(s._Secret__hidden, s._semi, sorted(k for k in vars(s)))
try:
    s.__hidden
except AttributeError as e:
    print('AttributeError:', e)
class Employee:
    pass
john = Employee()
john.name = 'John Doe'; john.dept = 'computer lab'; john.salary = 1000
print(vars(john))
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
inc = outer()
print(inc(), inc(), inc())
def bad():
    print(undefined_local)
    undefined_local = 1
try:
    bad()
except UnboundLocalError as e:
    print('UnboundLocalError:', e)
def bad2():
    total += 1
total = 5
try:
    bad2()
except UnboundLocalError as e:
    print('UnboundLocalError:', e)
print(isinstance(d, Dog), issubclass(bool, int), issubclass(float, int), isinstance(True, (str, int)))
