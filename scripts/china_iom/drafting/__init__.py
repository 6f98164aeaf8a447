"""Drafting: a new article in, a draft annotation and registry entries in ``seeds/`` out (``china-iom add``).

``extract`` reads the main text of a web page or file, the ``detect_*`` modules and ``matcher`` find
candidates, the ``meetings`` sub-package proposes the meetings, ``draft`` and ``draft_yaml`` write the draft,
``registry_edit`` the registries; ``evaluate`` scores drafts against hand annotations (``china-iom evaluate``).
Imports the annotation format and the build's resolver, so a draft is checked as the build would check it:
never the check, review, publication or analysis.
"""
