# A base class demands that subclasses define `handles`; one forgets.
class Handler:
    registry = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if not hasattr(cls, "handles"):
            raise TypeError(f"{cls.__name__} must define 'handles'")
        Handler.registry.append(cls)


class JSONHandler(Handler):
    handles = "application/json"


class TextHandler(Handler):
    handles = "text/plain"


print([h.handles for h in Handler.registry])


class BrokenHandler(Handler):
    def handle(self, body):
        return body
