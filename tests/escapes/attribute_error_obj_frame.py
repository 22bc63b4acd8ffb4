# AttributeError.obj holds the object a failed lookup ran on: a failed
# lookup on a generator hands back only the generator itself, whose frame
# stays refused.
# expect: AttributeError: 'gi_frame' is not available in the sandbox
def g():
    yield 1


try:
    g().no_such_attribute_zq
except AttributeError as e:
    gen = e.obj
gen.gi_frame.f_back
