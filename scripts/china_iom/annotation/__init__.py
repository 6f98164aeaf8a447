"""The annotation format: the files of ``seeds/`` in, checked models out.

An article's text (``<id>.txt``), its YAML annotation (``<id>.yaml``, read with its line numbers by
``yamlsource``) and the registries (``registry/*.yaml``) become validated models (``models``,
``registry``), quotes resolved to offsets (``quotes``), sentence spans (``sentences``) and
reduced-precision dates as windows of days (``dates``), or messages naming the file, the line and the
fix (``validate``, ``suggestions``). Imports only ``schema`` and ``errors``: never the build, the check
or any later stage.
"""
