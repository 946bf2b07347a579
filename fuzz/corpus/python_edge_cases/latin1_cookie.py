# -*- coding: latin-1 -*-
def f(a):
    return a  # café
