import io
import logging

out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter("%(name)s:%(levelname)s:%(message)s"))

# Children made before their parents hang from a placeholder, then are
# moved under the parent when it appears.
leaf = logging.getLogger("app.db.pool")
print(leaf.parent is logging.root)
app = logging.getLogger("app")
print(leaf.parent is app)
db = logging.getLogger("app.db")
print(leaf.parent is db, db.parent is app, app.parent is logging.root)
print(logging.getLogger("app.db") is db, logging.getLogger() is logging.root,
      logging.getLogger("root") is logging.root, logging.root.name)
print(app.getChild("db") is db, logging.root.getChild("app") is app)
print(type(logging.Logger.manager.loggerDict["app.db"]).__name__)

app.addHandler(h)
app.setLevel(logging.INFO)
print(leaf.level, leaf.getEffectiveLevel(), db.getEffectiveLevel())
print(leaf, db, app)
leaf.info("from the leaf")
leaf.debug("debug dropped")
db.setLevel("DEBUG")
leaf.debug("debug now passes")

# Handlers keep their own level.
h.setLevel(logging.WARNING)
leaf.info("handler drops this")
leaf.warning("handler keeps this")
h.setLevel(logging.NOTSET)

# propagate=False stops the climb.
dbh_out = io.StringIO()
dbh = logging.StreamHandler(dbh_out)
db.addHandler(dbh)
db.propagate = False
leaf.error("stops at db")
db.propagate = True
leaf.error("reaches both")
print("db handler:", repr(dbh_out.getvalue()))
print(leaf.hasHandlers(), logging.getLogger("other").hasHandlers())
db.removeHandler(dbh)
db.removeHandler(dbh)

# Disabled loggers and logging.disable.
leaf.disabled = True
leaf.error("disabled")
leaf.disabled = False
logging.disable(logging.ERROR)
leaf.error("disabled by level")
leaf.critical("critical still passes")
print(leaf.isEnabledFor(logging.ERROR), leaf.isEnabledFor(logging.CRITICAL))
logging.disable(logging.NOTSET)
print(leaf.isEnabledFor(logging.ERROR))
logging.disable()
print(logging.root.manager.disable)
logging.disable(0)

print(out.getvalue(), end="")
try:
    logging.getLogger(3)
except TypeError as e:
    print("TypeError", e)
try:
    app.setLevel(None)
except TypeError as e:
    print("TypeError", e)
