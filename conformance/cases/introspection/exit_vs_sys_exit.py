# exit() raises SystemExit like sys.exit(), which a finally clause and an
# except BaseException both see.
import sys

for fn in (exit, quit, sys.exit):
    try:
        try:
            fn(2)
        finally:
            print("finally ran")
    except BaseException as e:
        print(type(e).__name__, e.code, isinstance(e, Exception))
