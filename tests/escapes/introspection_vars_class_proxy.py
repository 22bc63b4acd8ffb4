# vars() of a user class is the class's read-only mappingproxy: it cannot
# plant a dunder behind the class's back, nor reach the writable dict.
class A:
    pass


proxy = vars(A)
attempts = [
    lambda: proxy.__setitem__("__add__", lambda a, b: 1),
    lambda: proxy.keys().mapping,
    lambda: vars(proxy),
    lambda: vars(type(A)),
    lambda: vars(A.__init__),
]
for attack in attempts:
    try:
        attack()
        print("allowed")
    except (TypeError, AttributeError) as e:
        print(type(e).__name__)
# expect-output: AttributeError
# expect-output: AttributeError
# expect-output: TypeError
# expect-output: TypeError
# expect-output: TypeError
