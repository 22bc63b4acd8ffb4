# copy.copy of exceptions keeps what their __reduce__ carries: ImportError's
# name and path, OSError's filename, and the attributes of the instance dict.
import copy

e = copy.copy(ImportError('m', name='n'))
print(e.name, e.path, e.args)
e = copy.copy(ImportError('m', path='p'))
print(e.name, e.path, e.args)
e = copy.deepcopy(ModuleNotFoundError('no module', name='mod'))
print(type(e).__name__, e.name, e.args)
e = copy.copy(OSError(2, 'missing', 'file.txt'))
print(e.errno, e.strerror, e.filename, e.args)
print(repr(copy.copy(KeyError('k'))))


class AppError(Exception):
    def __init__(self, message, code=None):
        super().__init__(message)
        self.code = code


e = copy.copy(AppError('bad', code=7))
print(e.code, e.args)
