# complex() asks the type's __complex__ first, before __float__ and
# __index__, and checks what it returns.
class Both:
    def __float__(self):
        return 2.5

    def __complex__(self):
        return 1 + 2j


class FloatOnly:
    def __float__(self):
        return 2.5


class IndexOnly:
    def __index__(self):
        return 3


class Bad:
    def __complex__(self):
        return 1.5


class Polar:
    def __init__(self, r):
        self.r = r

    def __complex__(self):
        return complex(self.r, -self.r)


print(complex(Both()), complex(FloatOnly()), complex(IndexOnly()), complex(Polar(2)))
print(complex(Polar(1), 1), complex(1, Both()), complex(Both(), Both()))
try:
    complex(Bad())
except TypeError as e:
    print("TypeError", e)
try:
    complex(object())
except TypeError as e:
    print("TypeError", e)
