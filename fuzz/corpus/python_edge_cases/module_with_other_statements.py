import os

CONSTANT = 3

def first(a):
    return a + 1

class Thing:
    def method(self):
        return 1

def second(a, b):
    return a ** b
