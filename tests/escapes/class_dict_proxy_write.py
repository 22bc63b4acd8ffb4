# A class's __dict__ is read-only: a script cannot plant a dunder in the
# namespace behind the class's back (its slots would not follow), and the
# views it hands out give no way back to the writable dict.
class A:
    pass
proxy = A.__dict__
attempts = [
    lambda: proxy.__setitem__("__add__", lambda a, b: 1),
    lambda: proxy.update({"__len__": lambda s: -1}),
    lambda: proxy.keys().mapping,
    lambda: proxy.__dict__,
    lambda: type(proxy)(vars()),
]
for attack in attempts:
    try:
        attack()
        print("allowed")
    except (TypeError, AttributeError, NameError) as e:
        print(type(e).__name__)
# expect-output: AttributeError
# expect-output: AttributeError
# expect-output: AttributeError
# expect-output: AttributeError
# expect-output: TypeError
