# A logger copied is the logger itself (it reduces to getLogger(name)), the
# aliases keep their own names, and the generic classes take a subscript.
import copy
import logging

app = logging.getLogger("app.db")
print(copy.copy(app) is app, copy.deepcopy(app) is app)
print(copy.copy(logging.root) is logging.root)
print(app.__reduce__()[1], logging.root.__reduce__()[1])
print(logging.Logger.fatal.__name__, logging.fatal.__name__, logging.Logger.critical.__name__)
print(logging.StreamHandler[int], logging.LoggerAdapter[str])
adapter = logging.LoggerAdapter(app, {"k": 1})
print(adapter.name, adapter.manager is app.manager)
