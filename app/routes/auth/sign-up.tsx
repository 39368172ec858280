import { getSelectProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FieldErrors, OrganisationAddressFields, PostForm, SelectField, SubmitButton, TextField } from "~/components/forms";
import { organisationKinds, sectors } from "~/domain/organisation";
import { getLocale, getT } from "~/i18n/locale.server";
import { accountSchema, studentSignUpSchema } from "~/schemas/auth";
import { organisationSchema } from "~/schemas/organisation";
import { EmailTakenError, signUpStudent } from "~/services/accounts/auth.server";
import { KvkTakenError, listMunicipalitiesWithDistricts, signUpEmployer, UnknownDistrictError } from "~/services/organisations/organisations.server";
import { AddressNotFoundError } from "~/services/locations/work-location.server";
import { requireAnonymous } from "~/utils/auth.server";
import { sessionCookie } from "~/utils/session.server";
import { allowFormPost } from "~/services/accounts/throttle.server";
import { readFormData } from "~/utils/form.server";

const employerSignUpSchema = accountSchema.merge(organisationSchema).extend({ accountType: z.literal("employer") });
const signUpSchema = z.discriminatedUnion("accountType", [studentSignUpSchema, employerSignUpSchema]);

type AccountType = "student" | "employer";
function accountTypeOf(url: string): AccountType | null {
  const type = new URL(url).searchParams.get("type");
  return type === "student" || type === "employer" ? type : null;
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  const { t } = getT(request);
  const accountType = accountTypeOf(request.url);
  const municipalities = accountType === "employer" ? await listMunicipalitiesWithDistricts() : [];
  return { title: t("auth:sign_up.title"), accountType, municipalities };
}

export async function action({ request, context }: ActionFunctionArgs) {
  await requireAnonymous(request);
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: signUpSchema });
  if (submission.status !== "success") {
    return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  }
  if (!(await allowFormPost("sign-up", context.clientAddress))) {
    return data(submission.reply({ formErrors: ["auth:rate_limited"], hideFields: ["password"] }), { status: 429 });
  }
  const locale = getLocale(request);
  try {
    const value = submission.value;
    const result = value.accountType === "student" ? await signUpStudent({ ...value, locale }) : await signUpEmployer({ ...value, locale });
    return redirect(value.accountType === "student" ? "/student" : "/werkgever", {
      headers: { "Set-Cookie": sessionCookie(result.token) },
    });
  } catch (error) {
    const fieldError: Record<string, string[]> | null =
      error instanceof EmailTakenError
        ? { email: ["auth:sign_up.email_taken"] }
        : error instanceof KvkTakenError
          ? { kvkNumber: ["auth:sign_up.kvk_taken"] }
          : error instanceof UnknownDistrictError
            ? { districtId: ["forms:choose_option"] }
            : error instanceof AddressNotFoundError
              ? { postcode: ["employer:errors.address_not_found"] }
              : null;
    if (!fieldError) throw error;
    return data(submission.reply({ fieldErrors: fieldError, hideFields: ["password"] }), { status: 400 });
  }
}

export default function SignUp() {
  const { t } = useTranslation();
  const { accountType, municipalities } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: `sign-up-${accountType}`,
    lastResult,
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: signUpSchema }),
  });

  if (!accountType) {
    return (
      <div className="mx-auto max-w-2xl">
        <h1>{t("auth:sign_up.title")}</h1>
        <p className="mt-2">{t("auth:sign_up.choose")}</p>
        <ul className="mt-6 grid gap-4 sm:grid-cols-2">
          <li className="card">
            <h2>{t("auth:sign_up.student_title")}</h2>
            <p className="mt-2 text-slate-700">{t("auth:sign_up.student_body")}</p>
            <Link className="btn mt-4" to="?type=student">
              {t("auth:sign_up.student_cta")}
            </Link>
          </li>
          <li className="card">
            <h2>{t("auth:sign_up.employer_title")}</h2>
            <p className="mt-2 text-slate-700">{t("auth:sign_up.employer_body")}</p>
            <Link className="btn mt-4" to="?type=employer">
              {t("auth:sign_up.employer_cta")}
            </Link>
          </li>
        </ul>
      </div>
    );
  }

  const { key: districtKey, ...districtProps } = getSelectProps(fields.districtId, { ariaAttributes: false });
  return (
    <div className="mx-auto max-w-2xl">
      <h1>{accountType === "student" ? t("auth:sign_up.student_title") : t("auth:sign_up.employer_title")}</h1>
      <p className="mt-2">
        <Link to="/registreren">{t("auth:sign_up.other_type")}</Link>
      </p>
      <PostForm form={form} className="mt-6 space-y-6">
        <input type="hidden" name="accountType" value={accountType} />
        <fieldset className="card space-y-4">
          <legend className="px-1 text-lg font-semibold">{t("auth:sign_up.account_legend")}</legend>
          {accountType === "student" ? (
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField meta={fields.firstName} label={t("auth:fields.first_name")} autoComplete="given-name" required />
              <TextField meta={fields.lastName} label={t("auth:fields.last_name")} autoComplete="family-name" required />
            </div>
          ) : (
            <TextField meta={fields.name} label={t("auth:fields.name")} autoComplete="name" required />
          )}
          <TextField meta={fields.email} label={t("auth:fields.email")} type="email" autoComplete="email" required />
          <TextField
            meta={fields.password}
            label={t("auth:fields.password")}
            type="password"
            autoComplete="new-password"
            hint={t("auth:fields.password_hint")}
            required
          />
        </fieldset>
        {accountType === "employer" ? (
          <fieldset className="card space-y-4">
            <legend className="px-1 text-lg font-semibold">{t("auth:sign_up.organisation_legend")}</legend>
            <TextField meta={fields.organisationName} label={t("auth:fields.organisation_name")} autoComplete="organization" required />
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField meta={fields.kvkNumber} label={t("auth:fields.kvk")} hint={t("auth:fields.kvk_hint")} inputMode="numeric" required />
              <TextField meta={fields.sbbId} label={t("auth:fields.sbb")} hint={t("auth:fields.sbb_hint")} inputMode="numeric" />
            </div>
            <div className="grid gap-4 sm:grid-cols-2">
              <SelectField
                meta={fields.kind}
                label={t("auth:fields.kind")}
                placeholder={t("forms:choose")}
                options={organisationKinds.map((k) => ({ value: k, label: t(`common:kind.${k}`) }))}
                required
              />
              <SelectField
                meta={fields.sector}
                label={t("auth:fields.sector")}
                placeholder={t("forms:choose")}
                options={sectors.map((s) => ({ value: s, label: t(`common:sector.${s}`) }))}
                required
              />
            </div>
            <OrganisationAddressFields fields={fields} />
            <div className="grid gap-4 sm:grid-cols-2">
              <SelectField
                meta={fields.municipalityId}
                label={t("auth:fields.municipality")}
                placeholder={t("forms:choose")}
                options={municipalities.map((m) => ({ value: m.id, label: m.name }))}
                required
              />
              <div>
                <label htmlFor={fields.districtId.id} className="label">
                  {t("auth:fields.district")}
                </label>
                <select
                  key={districtKey}
                  {...districtProps}
                  className="input"
                  aria-invalid={fields.districtId.errors?.length ? true : undefined}
                  aria-describedby={fields.districtId.errors?.length ? fields.districtId.errorId : undefined}
                >
                  <option value="">{t("auth:fields.district_none")}</option>
                  {municipalities.map((m) => (
                    <optgroup key={m.id} label={m.name}>
                      {m.districts.map((d) => (
                        <option key={d.id} value={d.id}>
                          {d.name}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </select>
                <FieldErrors id={fields.districtId.errorId} errors={fields.districtId.errors} />
              </div>
            </div>
            <div className="grid gap-4 sm:grid-cols-3">
              <TextField meta={fields.contactName} label={t("auth:fields.contact_name")} required />
              <TextField meta={fields.contactEmail} label={t("auth:fields.contact_email")} type="email" required />
              <TextField meta={fields.contactPhone} label={t("auth:fields.contact_phone")} type="tel" />
            </div>
          </fieldset>
        ) : null}
        <div className="card">
          <label className="flex items-start gap-2">
            <input
              type="checkbox"
              name="acceptTerms"
              className="mt-1"
              aria-invalid={fields.acceptTerms.errors?.length ? true : undefined}
              aria-describedby={fields.acceptTerms.errors?.length ? fields.acceptTerms.errorId : undefined}
            />
            <span>{accountType === "student" ? t("auth:sign_up.terms_student") : t("auth:sign_up.terms_employer")}</span>
          </label>
          <FieldErrors id={fields.acceptTerms.errorId} errors={fields.acceptTerms.errors} />
          <p className="hint mt-2">
            <Link to="/privacy">{t("auth:sign_up.privacy_link")}</Link>
          </p>
        </div>
        <SubmitButton>{t("auth:sign_up.submit")}</SubmitButton>
      </PostForm>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];
