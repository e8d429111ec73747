latex -interaction=nonstopmode -halt-on-error lab_manual
latex -interaction=nonstopmode -halt-on-error lab_manual
latex -interaction=nonstopmode -halt-on-error lab_manual
latex -interaction=nonstopmode -halt-on-error lab_manual
latex -interaction=nonstopmode -halt-on-error lab_manual
pdflatex -interaction=nonstopmode -halt-on-error lab_manual
rm -f *.log *.aux *.fdb_latexmk *.fls *.idx *.ilg *.ind *.out *.bbl *.blg *.run.xml