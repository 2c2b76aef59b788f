# DYAD_STATIC_DEPS: the dyad executable linked against Debian's static
# archives of ICU, libxml2, Hunspell, SQLite and xxhash (with libxml2's zlib
# and liblzma), where the -dev packages ship them.
#
# Why: a process start is dearer than dyad's own loading on a VM whose page
# faults cost 12-16 us each. The dynamic loader maps each shared library and
# applies its relocations before main (11-14 ms from spawn to main); the same
# objects linked statically start 3-3.5 ms sooner, with ~50 fewer page faults
# (docs/performance.md, stop 30 h-start6 and stop 31 h-static), ~1.2% of a
# te3silver run, and issue 5's target is the whole run, start included. The release preset takes it:
# dyad is a research tool built from source, so whoever runs it can relink it.
#
# The price: the binary grows by ICU's data (~31 MB), and a Debian security
# update of those libraries reaches dyad only when dyad is relinked (a shared
# build takes it at its next start; the archives are inputs of the link, so
# `cmake --build` relinks dyad once they change). fmt, simdjson and mimalloc ship no
# archive in Debian 12 and stay shared. Only the dyad executable: each test
# binary would otherwise carry its own copy of ICU's data. Off in the asan
# and debug presets, and ignored with DYAD_SANITIZE: those builds run the
# tests, where a shorter start buys nothing, and the sanitizers' runtime
# keeps the shared link it has always been tested with.
option(DYAD_STATIC_DEPS "Link the dyad executable with the static archives of ICU, libxml2, Hunspell, SQLite and xxhash where installed (see cmake/static_deps.cmake)" OFF)
if(DYAD_STATIC_DEPS AND DYAD_SANITIZE)
  message(STATUS "DYAD_STATIC_DEPS ignored with DYAD_SANITIZE: dyad links the shared libraries")
  set(DYAD_STATIC_DEPS OFF)
endif()

# How it works: the libraries link the dyad_dep_* targets below instead of
# the packages' own targets. Each one's link items are a choice on the target
# being linked (a generator expression in a usage requirement reads the
# consuming target's property): the archives for a target with the property
# DYAD_STATIC_DEPS set (only dyad, by dyad_link_static_deps), the shared
# library for every other (tests, benchmarks). Compile flags are the shared
# targets' in both cases, so objects compile the same either way.
set(_dyad_static "$<BOOL:$<TARGET_PROPERTY:DYAD_STATIC_DEPS>>")
set(_dyad_shared "$<NOT:${_dyad_static}>")

# _dyad_archives(OUT NAME...): the full paths of the archives libNAME.a, or
# nothing (and the missing names in _dyad_missing) when any is not installed.
function(_dyad_archives out)
  set(paths "")
  set(missing "")
  foreach(name ${ARGN})
    find_library(DYAD_ARCHIVE_${name} NAMES lib${name}.a)
    if(DYAD_ARCHIVE_${name})
      list(APPEND paths ${DYAD_ARCHIVE_${name}})
    else()
      list(APPEND missing lib${name}.a)
    endif()
  endforeach()
  if(missing)
    set(paths "")
  endif()
  set(${out} "${paths}" PARENT_SCOPE)
  set(_dyad_missing "${missing}" PARENT_SCOPE)
endfunction()

# dyad_dep(NAME SHARED target... ARCHIVES name... WITH item...): the target
# dyad_dep_NAME. ARCHIVES are linked together or not at all (libicuuc.a
# with the data of its own release; libxml2.a with the zlib and liblzma it
# calls); WITH are what the archives need after them (other
# dyad_dep_* targets, system libraries). A missing archive falls back to
# SHARED for the static target too, and says so.
function(dyad_dep name)
  cmake_parse_arguments(ARG "" "" "SHARED;ARCHIVES;WITH" ${ARGN})
  add_library(dyad_dep_${name} INTERFACE)
  set(archives "")
  if(DYAD_STATIC_DEPS)
    _dyad_archives(archives ${ARG_ARCHIVES})
    if(archives)
      string(REPLACE ";" " " shown "${archives}")
      message(STATUS "DYAD_STATIC_DEPS: ${name}: ${shown}")
    else()
      message(STATUS "DYAD_STATIC_DEPS: ${name}: ${_dyad_missing} not installed; dyad links the shared library")
    endif()
  endif()
  if(NOT archives)
    target_link_libraries(dyad_dep_${name} INTERFACE ${ARG_SHARED})
    return()
  endif()
  foreach(item ${ARG_SHARED})
    target_link_libraries(dyad_dep_${name} INTERFACE "$<${_dyad_shared}:${item}>")
    # The headers a static consumer still needs (the same flags, see above).
    target_include_directories(dyad_dep_${name} SYSTEM INTERFACE
      "$<${_dyad_static}:$<TARGET_PROPERTY:${item},INTERFACE_INCLUDE_DIRECTORIES>>")
  endforeach()
  foreach(item ${archives} ${ARG_WITH})
    target_link_libraries(dyad_dep_${name} INTERFACE "$<${_dyad_static}:${item}>")
  endforeach()
  # For tests/static_deps.sh: the libraries dyad must no longer need shared.
  set_property(GLOBAL APPEND PROPERTY DYAD_STATIC_ARCHIVES ${ARG_ARCHIVES})
endfunction()

# In dependency order: each one's WITH names only those above it. ICU's
# archives use dlopen (plugins) and threads; libicudata.a is the data itself,
# so no .dat file is looked up at run time. libxml2.a calls zlib and liblzma
# (their archives come with it or none does: zlib1g-dev and liblzma-dev ship
# them, and without those packages there is no -lz or -llzma to fall back on)
# and ICU for its encodings.
dyad_dep(icu_uc SHARED ICU::uc ARCHIVES icuuc icudata WITH ${CMAKE_DL_LIBS} Threads::Threads m)
dyad_dep(icu_i18n SHARED ICU::i18n ARCHIVES icui18n WITH dyad_dep_icu_uc)
dyad_dep(xml2 SHARED LibXml2::LibXml2 ARCHIVES xml2 z lzma WITH dyad_dep_icu_i18n dyad_dep_icu_uc Threads::Threads m)
dyad_dep(sqlite SHARED SQLite::SQLite3 ARCHIVES sqlite3 WITH m)
dyad_dep(xxhash SHARED PkgConfig::XXHASH ARCHIVES xxhash)
dyad_dep(hunspell SHARED PkgConfig::HUNSPELL ARCHIVES hunspell-1.7)

# dyad_link_static_deps(TARGET): TARGET takes the archives found above.
function(dyad_link_static_deps target)
  if(DYAD_STATIC_DEPS)
    set_property(TARGET ${target} PROPERTY DYAD_STATIC_DEPS ON)
  endif()
endfunction()
