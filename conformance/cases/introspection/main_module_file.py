# The main script's module globals: __name__ and __file__, as a script's
# "run as a program" idioms read them.
print(__name__)
print(type(__file__).__name__)
# CPython's __file__ is the script's absolute path, which differs from machine
# to machine: print only what is stable.
print(__file__.startswith('/'), __file__.endswith('main_module_file.py'))
print(__file__.rsplit('/', 1)[-1])
import traceback
try:
    1 / 0
except ZeroDivisionError:
    frame_file = traceback.extract_stack()[-1].filename
    print(frame_file == __file__)

def where():
    return __file__.rsplit('/', 1)[-1].removesuffix('.py')

print(where())
if __name__ == '__main__':
    print('run as a program')
