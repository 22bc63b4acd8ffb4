# classmethod exposes __func__: the function must still refuse __globals__.
class A:
    @classmethod
    def f(cls):
        pass
# expect: AttributeError: '__globals__' is not available in the sandbox
A.__dict__ if False else classmethod(lambda c: 0).__func__.__globals__
