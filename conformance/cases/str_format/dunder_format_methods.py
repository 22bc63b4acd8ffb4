# __format__ as a method of the built-in types and object.
print(repr("abc".__format__("^7")), repr((42).__format__("x")), repr((2.5).__format__(".3e")))
print(repr(True.__format__("")), repr(True.__format__("d")), repr(None.__format__("")))
print(repr([1, 2].__format__("")), repr(str.__format__("s", ">3")), repr(int.__format__(7, "03")))
for call in [lambda: "a".__format__(1), lambda: [].__format__(None), lambda: (1).__format__(1.0),
             lambda: [].__format__("x"), lambda: None.__format__("s"), lambda: "a".__format__(),
             lambda: [].__format__(), lambda: "a".__format__("d")]:
    try:
        print(repr(call()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
