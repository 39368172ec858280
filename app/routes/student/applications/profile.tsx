import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PostForm, SelectField, SubmitButton, TextAreaField, TextField } from "~/components/forms";
import { getT } from "~/i18n/locale.server";
import { profileSchema } from "~/schemas/applications";
import { getStudentProfile, listQualifications, UnknownQualificationError, updateStudentProfile } from "~/services/students/student-profile.server";
import { notFound, requirePermission, requireStudent } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { readFormData } from "~/utils/form.server";

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

export async function loader({ request }: LoaderFunctionArgs) {
  const { studentId } = await requireStudent(request);
  const [student, qualifications] = await Promise.all([getStudentProfile(studentId), listQualifications()]);
  if (!student) notFound();
  const { t, locale } = getT(request);
  return {
    title: t("applications:profile.title"),
    email: student.user.email,
    qualifications: qualifications.map((q) => ({ value: q.id, label: `${locale === "en" ? q.nameEn : q.nameNl}${q.crebo ? ` (crebo ${q.crebo})` : ""}` })),
    defaults: {
      firstName: student.firstName,
      tussenvoegsel: student.tussenvoegsel ?? "",
      lastName: student.lastName,
      phone: student.phone ?? "",
      dateOfBirth: isoDate(student.dateOfBirth),
      street: student.street ?? "",
      postcode: student.postcode ?? "",
      city: student.city ?? "",
      school: student.school ?? "",
      qualificationId: student.qualificationId ?? "",
      level: student.level?.toString() ?? "",
      schoolYear: student.schoolYear?.toString() ?? "",
      skills: (JSON.parse(student.skills) as string[]).join("\n"),
      cvText: student.cvText ?? "",
      availableFrom: isoDate(student.availableFrom),
      availableHours: student.availableHours?.toString() ?? "",
    },
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { actor } = await requirePermission(request, "update:profile:own");
  const studentId = actor.studentId!;
  const submission = parseWithZod(await readFormData(request), { schema: profileSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  try {
    await updateStudentProfile(studentId, submission.value);
  } catch (error) {
    if (error instanceof UnknownQualificationError) {
      return data(submission.reply({ fieldErrors: { qualificationId: ["forms:choose_option"] } }), { status: 400 });
    }
    throw error;
  }
  return redirectWithFlash("/student/profiel", { type: "success", key: "applications:profile.saved" });
}

export default function Profile() {
  const { t } = useTranslation();
  const { email, qualifications, defaults } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "student-profile",
    lastResult,
    defaultValue: defaults,
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: profileSchema }),
  });
  const levels = [1, 2, 3, 4].map((n) => ({ value: String(n), label: t("applications:fields.level_value", { level: n }) }));
  const years = [1, 2, 3, 4].map((n) => ({ value: String(n), label: t("applications:fields.school_year_value", { year: n }) }));
  return (
    <div className="mx-auto max-w-3xl">
      <h1>{t("applications:profile.title")}</h1>
      <p className="mt-2 text-slate-700">{t("applications:profile.intro")}</p>
      <p className="mt-2">
        <Link to="/student/zo-werkt-anoniem">{t("applications:profile.what_employers_see")}</Link>
      </p>
      <PostForm form={form} className="mt-6 space-y-6">
        <fieldset className="card space-y-4">
          <legend className="px-1 text-lg font-semibold">{t("applications:profile.hidden_legend")}</legend>
          <p className="hint">{t("applications:profile.hidden_hint")}</p>
          <div className="grid gap-4 sm:grid-cols-3">
            <TextField meta={fields.firstName} label={t("applications:fields.first_name")} autoComplete="given-name" required />
            <TextField meta={fields.tussenvoegsel} label={t("applications:fields.tussenvoegsel")} hint={t("applications:fields.tussenvoegsel_hint")} />
            <TextField meta={fields.lastName} label={t("applications:fields.last_name")} autoComplete="family-name" required />
          </div>
          <p>
            <span className="label">{t("applications:fields.email")}</span>
            <span>{email}</span>
          </p>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField meta={fields.phone} label={t("applications:fields.phone")} type="tel" autoComplete="tel" />
            <TextField meta={fields.dateOfBirth} label={t("applications:fields.date_of_birth")} type="date" autoComplete="bday" />
          </div>
          <div className="grid gap-4 sm:grid-cols-3">
            <TextField meta={fields.street} label={t("applications:fields.street")} autoComplete="street-address" />
            <TextField meta={fields.postcode} label={t("applications:fields.postcode")} autoComplete="postal-code" />
            <TextField meta={fields.city} label={t("applications:fields.city")} autoComplete="address-level2" />
          </div>
          <TextField meta={fields.school} label={t("applications:fields.school")} />
        </fieldset>
        <fieldset className="card space-y-4">
          <legend className="px-1 text-lg font-semibold">{t("applications:profile.visible_legend")}</legend>
          <p className="hint">{t("applications:profile.visible_hint")}</p>
          <SelectField meta={fields.qualificationId} label={t("applications:fields.qualification")} placeholder={t("forms:choose")} options={qualifications} />
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField meta={fields.level} label={t("applications:fields.level")} placeholder={t("forms:choose")} options={levels} />
            <SelectField meta={fields.schoolYear} label={t("applications:fields.school_year")} placeholder={t("forms:choose")} options={years} />
          </div>
          <TextAreaField meta={fields.skills} label={t("applications:fields.skills")} hint={t("applications:fields.skills_hint")} rows={4} />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField meta={fields.availableFrom} label={t("applications:fields.available_from")} type="date" />
            <TextField
              meta={fields.availableHours}
              label={t("applications:fields.available_hours")}
              hint={t("applications:fields.available_hours_hint")}
              type="number"
              inputMode="numeric"
            />
          </div>
        </fieldset>
        <fieldset className="card space-y-4">
          <legend className="px-1 text-lg font-semibold">{t("applications:profile.cv_legend")}</legend>
          <TextAreaField meta={fields.cvText} label={t("applications:fields.cv_text")} hint={t("applications:fields.cv_hint")} rows={6} />
        </fieldset>
        <SubmitButton>{t("applications:profile.save")}</SubmitButton>
      </PostForm>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
