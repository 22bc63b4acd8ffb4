# bool cannot be subclassed; nor can layouts be mixed.
def define(make):
    try:
        make()
        print("ok")
    except TypeError as e:
        print(type(e).__name__, e)


def bool_sub():
    class B(bool):
        pass


def list_dict():
    class LD(list, dict):
        pass


def int_str():
    class IS(int, str):
        pass


def list_tuple():
    class LT(list, tuple):
        pass


def float_int():
    class FI(float, int):
        pass


def set_frozenset():
    class SF(set, frozenset):
        pass


def ok_mixin():
    class Mixin:
        def hello(self):
            return "hi " + str(len(self))

    class ML(Mixin, list):
        pass

    print(ML([1, 2]).hello(), ML([1]))


for make in [bool_sub, list_dict, int_str, list_tuple, float_int, set_frozenset, ok_mixin]:
    define(make)
