# What lupdate reads and how it writes the .ts files. The certdesk_lupdate target
# (app/CMakeLists.txt) and TestTranslations, which checks that the shipped files are what
# lupdate would write, both run lupdate on the project file written here with these options.

set(CERTDESK_TS_DIR ${PROJECT_SOURCE_DIR}/translations)
# certdesk_en.ts holds only the English plural forms ("1 endpoint", "2 endpoints"): the
# English source text needs no other translation. It is refreshed with -pluralonly.
set(CERTDESK_PLURALS_TS_FILE ${CERTDESK_TS_DIR}/certdesk_en.ts)
file(GLOB CERTDESK_TS_FILES CONFIGURE_DEPENDS ${CERTDESK_TS_DIR}/certdesk_*.ts)
list(REMOVE_ITEM CERTDESK_TS_FILES ${CERTDESK_PLURALS_TS_FILE})

# lupdate scans every library, not just main.cpp: core's problems are user-visible too.
file(GLOB_RECURSE CERTDESK_TRANSLATABLE_SOURCES CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
    ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
    ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h ${PROJECT_SOURCE_DIR}/ui/*.ui)
list(SORT CERTDESK_TRANSLATABLE_SOURCES)

# No source locations in the .ts files: they change only when the strings do, so an edit above
# a tr() call neither makes the files stale nor collides with another branch's translations.
set(CERTDESK_LUPDATE_OPTIONS -no-obsolete -locations none)

# Languages whose catalogue TestTranslations requires to be complete. A language is added
# here once its translation is merged; until then its file is shipped as it is.
if(NOT DEFINED CERTDESK_ENFORCED_LANGUAGES)
    set(CERTDESK_ENFORCED_LANGUAGES de fr)
endif()

# The project file in lupdate's JSON format (the one qt_add_lupdate writes, without the
# TRANSLATIONS, which every run names with -ts), and the options one per line beside it for
# tools/translations.py.
set(CERTDESK_LUPDATE_PROJECT ${PROJECT_BINARY_DIR}/translations/certdesk_lupdate.json)
list(JOIN CERTDESK_LUPDATE_OPTIONS "\n" _certdesk_options)
file(CONFIGURE OUTPUT ${PROJECT_BINARY_DIR}/translations/certdesk_lupdate.options @ONLY CONTENT "${_certdesk_options}\n")
unset(_certdesk_options)
set(_certdesk_json_sources "")
foreach(source IN LISTS CERTDESK_TRANSLATABLE_SOURCES)
    list(APPEND _certdesk_json_sources "\"${source}\"")
endforeach()
list(JOIN _certdesk_json_sources ",\n        " _certdesk_json_sources)
file(CONFIGURE OUTPUT ${CERTDESK_LUPDATE_PROJECT} @ONLY CONTENT "{
    \"projectFile\": \"${PROJECT_SOURCE_DIR}/CMakeLists.txt\",
    \"includePaths\": [\"${PROJECT_SOURCE_DIR}\"],
    \"sources\": [
        ${_certdesk_json_sources}
    ]
}
")
unset(_certdesk_json_sources)
