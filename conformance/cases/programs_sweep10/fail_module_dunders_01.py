import os.path if False else sys
